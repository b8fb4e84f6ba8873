package cn.certsift.common.clue.listing;

import static cn.certsift.common.clue.listing.ListingRuleAssertions.fires;
import static cn.certsift.common.clue.listing.ListingRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;

import org.junit.jupiter.api.Test;

class VerifiableClaimTests {

    private final VerifiableClaim rule = new VerifiableClaim(ClueFixtures.LISTINGS.verifiableClaim());

    @Test
    void aPromiseThatTheCardVerifiesFiresQuotingTheLongestWording() {
        assertEquals("宣称证书可在网上查询（“官网可查”）", fires(rule, "电工证官网可查").evidence(),
                "可查 inside 官网可查 is not quoted again");
        fires(rule, "焊工证全国可查，永久有效");
    }

    @Test
    void aCardThatDoesNotVerifyDoesNotFire() {
        staysSilent(rule, "这种电工证官网不可查，是假证");
        staysSilent(rule, "电工证请到应急管理部官网查询");
    }
}
