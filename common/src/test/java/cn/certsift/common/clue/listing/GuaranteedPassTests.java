package cn.certsift.common.clue.listing;

import static cn.certsift.common.clue.listing.ListingRuleAssertions.fires;
import static cn.certsift.common.clue.listing.ListingRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;

import org.junit.jupiter.api.Test;

class GuaranteedPassTests {

    private final GuaranteedPass rule = new GuaranteedPass(ClueFixtures.LISTINGS.guaranteedPass());

    @Test
    void aPromisedPassFires() {
        assertEquals("承诺保证通过考试（“包过”“保过”）", fires(rule, "电工证包过，焊工证保过").evidence());
        fires(rule, "考不过包过，叉车证");
        fires(rule, "高处作业证 包 过");
    }

    @Test
    void aDeniedOrWarnedAgainstPassDoesNotFire() {
        staysSilent(rule, "本校电工证培训不包过，凭实力考试");
        staysSilent(rule, "警惕包过陷阱，电工证须考试");
        staysSilent(rule, "谨防免考、包过等骗局");
        staysSilent(rule, "电工证考试通过率高");
    }
}
