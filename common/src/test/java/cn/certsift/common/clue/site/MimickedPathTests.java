package cn.certsift.common.clue.site;

import static cn.certsift.common.clue.site.SiteRuleAssertions.fires;
import static cn.certsift.common.clue.site.SiteRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;
import cn.certsift.common.clue.ClueHit;

import org.junit.jupiter.api.Test;

class MimickedPathTests {

    private final MimickedPath rule = new MimickedPath(ClueFixtures.OFFICIAL_SITES, ClueFixtures.SITES.imitatedPaths(), 0.7);

    @Test
    void theOfficialDomainInThePathFiresFully() {
        ClueHit hit = fires(rule, "http://45.77.12.8/cx.mem.gov.cn/index.html");
        assertEquals(1.0, hit.strength());
        assertEquals("路径 /cx.mem.gov.cn/index.html 中含官方域名 cx.mem.gov.cn（应急管理部证书查询平台）", hit.evidence());
        assertEquals(1.0, fires(rule, "evil.com/cx-mem-gov/query").strength(), "a segment that is the compact official name");
    }

    @Test
    void aQueryPageFragmentFiresAtHalfStrength() {
        ClueHit hit = fires(rule, "www.cert-check.com/zscx/index.php");
        assertEquals(0.5, hit.strength());
        assertEquals("路径 /zscx/index.php 中含查询页常用路径 zscx", hit.evidence());
    }

    @Test
    void ordinaryPathsDoNotFire() {
        staysSilent(rule, "www.taobao.com/");
        staysSilent(rule, "shop.com/cxmember/login");
        staysSilent(rule, "news.com/2026/11/20/article.html");
        staysSilent(rule, "cx.mem.gov.cn.evil.com/");
    }
}
