package cn.certsift.common.clue.listing;

import static cn.certsift.common.clue.listing.ListingRuleAssertions.fires;
import static cn.certsift.common.clue.listing.ListingRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;

import org.junit.jupiter.api.Test;

class DirectCertificateTests {

    private final DirectCertificate rule = new DirectCertificate(ClueFixtures.LISTINGS.directCertificate());

    @Test
    void aCertificateWithoutTrainingFires() {
        assertEquals("宣称不经规定培训即可速成或直接出证（“速成”“直接出证”）", fires(rule, "叉车证速成，三天直接出证").evidence());
        fires(rule, "焊工证 直接 出证");
    }

    @Test
    void warningsAndOrdinaryTrainingDoNotFire() {
        staysSilent(rule, "严禁直接出证，电工证须培训考核");
        staysSilent(rule, "所谓速成的叉车证都是假证");
        staysSilent(rule, "叉车证培训班，周末上课");
    }
}
