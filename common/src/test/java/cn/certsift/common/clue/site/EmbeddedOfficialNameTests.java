package cn.certsift.common.clue.site;

import static cn.certsift.common.clue.site.SiteRuleAssertions.fires;
import static cn.certsift.common.clue.site.SiteRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;
import cn.certsift.common.clue.ClueHit;

import org.junit.jupiter.api.Test;

class EmbeddedOfficialNameTests {

    private final EmbeddedOfficialName rule = new EmbeddedOfficialName(ClueFixtures.OFFICIAL_SITES, 0.9);

    @Test
    void anOfficialDomainInFrontOfAnotherOneFiresAndNamesTheRealDomain() {
        ClueHit hit = fires(rule, "http://cx.mem.gov.cn.evil.com/verify");
        assertEquals(1.0, hit.strength());
        assertEquals("网址的主机名中写有官方域名 cx.mem.gov.cn（应急管理部证书查询平台），实际访问的却是 evil.com", hit.evidence());
        fires(rule, "www.mem.gov.cn.cert-check.top");
        fires(rule, "zlaq.mohurd.gov.cn.cn");
    }

    @Test
    void anOfficialDomainBeforeAnAtSignFires() {
        assertEquals("网址的 @ 之前写有官方域名 cx.mem.gov.cn（应急管理部证书查询平台），实际访问的却是 103.1.2.3",
                fires(rule, "http://cx.mem.gov.cn@103.1.2.3/").evidence());
    }

    @Test
    void theMostSpecificOfficialDomainIsNamed() {
        assertEquals(true, fires(rule, "cx.mem.gov.cn.evil.com").evidence().contains("官方域名 cx.mem.gov.cn（"));
    }

    @Test
    void hostsThatOnlyResembleOrEndWithAnOfficialDomainDoNotFire() {
        staysSilent(rule, "cx-mem-gov.cn");
        staysSilent(rule, "notmem.gov.cn.com");
        staysSilent(rule, "evil.com/cx.mem.gov.cn/");
        staysSilent(rule, "www.taobao.com");
        staysSilent(rule, "xmem.gov.cnx.com");
    }
}
