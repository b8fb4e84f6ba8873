package cn.certsift.common.clue.listing;

import static cn.certsift.common.clue.listing.ListingRuleAssertions.fires;
import static cn.certsift.common.clue.listing.ListingRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;

import org.junit.jupiter.api.Test;

class PriceQuoteTests {

    private final PriceQuote rule = new PriceQuote(ClueFixtures.LISTINGS.price());

    @Test
    void aPriceFires() {
        assertEquals("标明价格（“800元”“￥1200”）", fires(rule, "电工证800元，焊工证￥1200").evidence());
        fires(rule, "叉车证 1500 块");
        fires(rule, "高处作业证 599.5元");
    }

    @Test
    void numbersThatAreNoPriceDoNotFire() {
        staysSilent(rule, "电工证培训 3 天，学时 56");
        staysSilent(rule, "电话 13812345678");
    }
}
