package cn.certsift.common.clue.site;

import static cn.certsift.common.clue.site.SiteRuleAssertions.fires;
import static cn.certsift.common.clue.site.SiteRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueFixtures;
import cn.certsift.common.clue.ClueHit;

import org.junit.jupiter.api.Test;

class LookalikeSpellingTests {

    private final LookalikeSpelling rule = new LookalikeSpelling(ClueFixtures.OFFICIAL_SITES, ClueFixtures.LOOKALIKE, 0.8);

    @Test
    void oneLetterReplacedAddedOrDroppedFiresAsStronglyAsTheNamesAreAlike() {
        ClueHit replaced = fires(rule, "cxmen.com");
        assertEquals("去掉点和连字符后为 cxmen，与官方域名 cx.mem.gov.cn（应急管理部证书查询平台）的 cxmem 仅差 1 处"
                + "（编辑距离 1，Jaro-Winkler 相似度 0.92）", replaced.evidence());
        assertEquals(0.92, replaced.strength(), 0.005);
        fires(rule, "cx-meem.cn");
        fires(rule, "cx-me.gov.cn.com");
        fires(rule, "mem-gouv.com");
    }

    @Test
    void twoSwappedNeighboursAreOneEdit() {
        ClueHit swapped = fires(rule, "cx-mme.com");
        assertTrue(swapped.evidence().contains("仅差 1 处（编辑距离 2"), swapped.evidence());
        assertEquals(1, LookalikeSpelling.edits("cxmme", "cxmem"));
        assertEquals(2, LookalikeSpelling.edits("cxmmx", "cxmem"));
    }

    @Test
    void longerNamesMayStrayFurther() {
        fires(rule, "zlaq-mohrud.com");
        fires(rule, "zlaqmohud.net");
        fires(rule, "zlaq-mohurb.com");
    }

    @Test
    void exactVariantsShortNamesAndOtherWordsDoNotFire() {
        staysSilent(rule, "cx-mem.com");
        staysSilent(rule, "mem.com");
        staysSilent(rule, "meme.com");
        staysSilent(rule, "cxmedia.com");
        staysSilent(rule, "chaxun.com");
        staysSilent(rule, "www.jd.com");
        staysSilent(rule, "cxmxx.com");
    }
}
