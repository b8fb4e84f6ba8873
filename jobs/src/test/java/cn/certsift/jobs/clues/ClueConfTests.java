package cn.certsift.jobs.clues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueScreens;
import cn.certsift.common.clue.Screening;
import cn.certsift.common.clue.listing.Listing;
import cn.certsift.common.clue.site.SiteSettings;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The settings that ship in conf/clues.yml: they bind, and they never flag an official site. */
class ClueConfTests {

    private final ClueScreens screens = ConfClues.screens();

    private boolean flagged(String address) {
        Optional<Screening> screening = screens.sites().screen(address);
        return screening.isPresent() && screening.get().reaches(screens.threshold());
    }

    @Test
    void everyOfficialSiteOfConfAndItsSubdomainsAreNeverFlagged() {
        for (SiteSettings.Official official : ConfClues.settings().sites().official()) {
            for (String address : new String[] {official.domain(), "https://" + official.domain() + "/zscx/tzzy",
                    "www." + official.domain(), "http://cx." + official.domain() + ":8080/", "m.cx-query." + official.domain()}) {
                assertTrue(screens.sites().screen(address).isEmpty(), address);
            }
        }
        assertTrue(screens.sites().screen("https://yjgl.sz.gov.cn/cx.mem.gov.cn/").isEmpty(), "a government host");
    }

    @Test
    void theIssuesExamplesAreScreenedAsIntended() {
        assertTrue(flagged("cx.mem.gov.cn.evil.com"));
        assertTrue(!flagged("www.mem.gov.cn") && screens.sites().screen("www.mem.gov.cn").isEmpty());
        assertTrue(flagged("zlaq-mohurd.com"));
        assertTrue(flagged("cnse.samr.gov.cn.top"));
        assertTrue(flagged("zhengshu-chaxun.top"));
        assertTrue(!flagged("anquan-peixun.com"));
    }

    @Test
    void listingKeywordsOfConfCompileAndScore() {
        Screening offer = screens.listings().screen(new Listing("https://tieba.baidu.com/p/1", "百度贴吧", "电工证 免考包过",
                "不用考试直接出证，官网可查，800元，加 v信 zs_kefu01", "办证达人", null));
        assertEquals(0.97, offer.score(), "1 − 0.3 × 0.4 × 0.4 × 0.7 × 0.8");
        assertEquals("wechat:zs_kefu01", offer.contacts().get(0).key());
        Screening warning = screens.listings().screen(new Listing("https://mp.weixin.qq.com/s/1", "公众号", "提醒",
                "凡宣称免考、包过、直接出证的电工证均为假证，证书请到官网查询", null, null));
        assertEquals(0.0, warning.score(), warning.evidence());
    }
}
