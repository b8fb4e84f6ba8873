package cn.certsift.common.clue.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueFixtures;
import cn.certsift.common.clue.ClueIds;
import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.clue.Screening;
import cn.certsift.common.clue.contact.ContactExtractor;

import java.util.List;

import org.junit.jupiter.api.Test;

class SiteScreenTests {

    private final SiteScreen screen = new SiteScreen(ClueFixtures.SITES,
            new ContactExtractor(List.of("微信"), List.of("qq")), ClueFixtures.THRESHOLD);

    @Test
    void officialSitesTheirSubdomainsAndGovernmentHostsAreNeverScreened() {
        for (String official : new String[] {"https://cx.mem.gov.cn/", "http://www.mem.gov.cn/xw/", "mem.gov.cn",
                "https://zlaq.mohurd.gov.cn/fwmh/", "http://CNSE.SAMR.GOV.CN:443/zscx", "http://www.samr.gov.cn/zscx/tzzy",
                "https://yjgl.sz.gov.cn/cx.mem.gov.cn/", "http://mem-gov.sz.gov.cn/", "http://cxmen.gov.cn", "应急管理部.政务"}) {
            assertTrue(screen.screen(official).isEmpty(), official);
        }
    }

    @Test
    void trickyImitationsAreFlagged() {
        for (String fake : new String[] {"cx.mem.gov.cn.evil.com", "http://cx.mem.gov.cn@1.2.3.4/", "www.mem.gov.cn.cn",
                "cx-mem-gov.cn", "cxmen.com", "zhengshu-chaxun.top", "http://45.77.12.8/cx.mem.gov.cn/", "mem.gov.cn.com"}) {
            Screening screening = screen.screen(fake).orElseThrow();
            assertTrue(screening.reaches(ClueFixtures.THRESHOLD), fake + ": " + screening.evidence());
        }
    }

    @Test
    void ordinarySitesAndSingleHintsStayBelowTheThreshold() {
        for (String ordinary : new String[] {"www.taobao.com", "anquan-peixun.com", "memory.com", "cert-check.com/zscx/",
                "www.gov.uk"}) {
            Screening screening = screen.screen(ordinary).orElseThrow();
            assertTrue(!screening.reaches(ClueFixtures.THRESHOLD), ordinary + ": " + screening.evidence());
        }
    }

    @Test
    void aSiteIsKeyedByItsHostAndExplainsItsScore() {
        Screening screening = screen.screen("https://www.cx-mem-gov.cn/zscx/?id=1", "客服微信 zscx-kefu01").orElseThrow();
        assertEquals(ClueKind.FAKE_SITE, screening.kind());
        assertEquals("www.cx-mem-gov.cn", screening.key());
        assertEquals(ClueIds.clue(ClueKind.FAKE_SITE, "www.cx-mem-gov.cn"), screening.clueId());
        assertEquals(screening.clueId(), screen.screen("http://WWW.CX-MEM-GOV.CN/other").orElseThrow().clueId(),
                "another address of the same host is the same clue");
        assertEquals(0.97, screening.score());
        assertEquals("网址 https://www.cx-mem-gov.cn/zscx/?id=1 疑似仿冒官方证书查询平台，评分 0.97（阈值 0.60）："
                + "①改动分隔符：去掉点和连字符后为 cxmemgov，与官方域名 cx.mem.gov.cn（应急管理部证书查询平台）相同（0.85）；"
                + "②官方字样：非政府域名 www.cx-mem-gov.cn 含官方字样 mem、gov（0.70）；"
                + "③仿冒路径：路径 /zscx/ 中含查询页常用路径 zscx（0.70×0.50）。", screening.evidence());
        assertEquals("wechat:zscx-kefu01", screening.contacts().get(0).key());
    }

    @Test
    void aValueThatIsNoAddressIsNotScreened() {
        assertTrue(screen.screen("见截图").isEmpty());
    }
}
