package cn.certsift.common.clue.listing;

import static cn.certsift.common.clue.listing.ListingRuleAssertions.fires;
import static cn.certsift.common.clue.listing.ListingRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;

import org.junit.jupiter.api.Test;

class AgencyWithCertificateTests {

    private final AgencyWithCertificate rule = new AgencyWithCertificate(ClueFixtures.LISTINGS.agency());

    @Test
    void agencyNextToACertificateNameFires() {
        assertEquals("提供代办（“代办”），所涉证书 “高处作业证”", fires(rule, "代办高处作业证，十五天拿").evidence());
        fires(rule, "电工证、焊工证均可代办");
        fires(rule, "专业办证：叉车证");
    }

    @Test
    void agencyForOtherPapersOrFarFromACertificateDoesNotFire() {
        staysSilent(rule, "代办营业执照，公司注册");
        staysSilent(rule, "代办营业执照、税务登记、社保开户、公积金，另有电工证培训");
        staysSilent(rule, "严禁代办电工证");
    }
}
