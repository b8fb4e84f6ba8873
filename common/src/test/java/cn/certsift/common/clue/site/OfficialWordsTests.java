package cn.certsift.common.clue.site;

import static cn.certsift.common.clue.site.SiteRuleAssertions.fires;
import static cn.certsift.common.clue.site.SiteRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;
import cn.certsift.common.clue.ClueHit;

import org.junit.jupiter.api.Test;

class OfficialWordsTests {

    private final OfficialWords rule = new OfficialWords(ClueFixtures.SITES.officialWords(), 0.7);

    @Test
    void twoOfficialWordsFireFullyOneAtHalfStrength() {
        ClueHit two = fires(rule, "zhengshu-chaxun.com");
        assertEquals(1.0, two.strength());
        assertEquals("非政府域名 zhengshu-chaxun.com 含官方字样 zhengshu、chaxun", two.evidence());
        assertEquals(0.5, fires(rule, "anquan-peixun.com").strength());
        assertEquals(1.0, fires(rule, "yingjizhengshu.top").strength(), "long words count anywhere in the name");
        assertEquals(1.0, fires(rule, "mem-gov-cx.com").strength(), "short words count as whole parts");
        assertEquals("非政府域名 www.chaxungov.top 含官方字样 chaxun、gov", fires(rule, "www.chaxungov.top").evidence(),
                "…and inside a part made of official words only");
        assertEquals(1.0, fires(rule, "memanquan-online.net").strength());
    }

    @Test
    void shortWordsInsideOtherWordsAndTheSuffixDoNotCount() {
        staysSilent(rule, "memory.com");
        staysSilent(rule, "government.org");
        staysSilent(rule, "www.taobao.com");
        staysSilent(rule, "govuk-shop.com");
        staysSilent(rule, "remember-me.cn");
        staysSilent(rule, "memgovernor.com");
    }
}
