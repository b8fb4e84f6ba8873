package cn.certsift.common.clue.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueFixtures;
import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueIds;
import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.clue.Screening;
import cn.certsift.common.clue.contact.Contact;

import java.util.List;

import org.junit.jupiter.api.Test;

class ListingScreenTests {

    private final ListingScreen screen = ListingRuleAssertions.SCREEN;

    private static Listing listing(String title, String body) {
        return new Listing("https://2.taobao.com/item.htm?id=6612345", "闲鱼", title, body, "证书小王", "vx: abc_kefu01");
    }

    @Test
    void anOfferIsScoredExplainedAndKeyedByItsLink() {
        Screening screening = screen.screen(listing("电工证 免考包过", "不用考试，官网可查，800元。电话 138-1234-5678"));
        assertEquals(ClueKind.ILLEGAL_LISTING, screening.kind());
        assertEquals(List.of("宣称免考", "承诺包过", "宣称可查", "标价"), screening.hits().stream().map(ClueHit::rule).toList());
        assertEquals(0.93, screening.score(), "1 − 0.3 × 0.4 × 0.7 × 0.8");
        assertEquals("信息 https://2.taobao.com/item.htm?id=6612345（闲鱼，卖家 证书小王）涉及“电工证”，疑似违法违规售证，评分 0.93（阈值 0.60）："
                + "①宣称免考：宣称不用参加考试即可取得证书（“免考”“不用考试”）（0.70）；②承诺包过：承诺保证通过考试（“包过”）（0.60）；"
                + "③宣称可查：宣称证书可在网上查询（“官网可查”）（0.30）；④标价：标明价格（“800元”）（0.20）。", screening.evidence());
        assertEquals(List.of("mobile:13812345678", "wechat:abc_kefu01"), screening.contacts().stream().map(Contact::key).toList());
        assertEquals("2.taobao.com/item.htm?id=6612345", screening.key());
        assertEquals(ClueIds.clue(ClueKind.ILLEGAL_LISTING, "2.taobao.com/item.htm?id=6612345"), screening.clueId());
        assertEquals(screening.clueId(), screen.screen(new Listing("HTTP://www.2.taobao.com/item.htm?id=6612345/", null, "电工证", null,
                null, null)).clueId(), "the same link written another way is the same clue");
    }

    @Test
    void certificateNamesIgnoreCaseAndAreQuotedOnceEach() {
        Screening screening = screen.screen(listing("安全员C证、低压电工证 包过", null));
        assertTrue(screening.evidence().contains("涉及“安全员C证”“低压电工证”，"), screening.evidence());
        assertTrue(screening.reaches(ClueFixtures.THRESHOLD));
    }

    @Test
    void aListingThatNamesNoSafetyCertificateIsNotScreened() {
        Screening driving = screen.screen(listing("驾照包过", "科目一免考，包过，3000元"));
        assertEquals(0.0, driving.score());
        assertTrue(driving.evidence().endsWith("未提及安全生产资格证书。"), driving.evidence());
    }

    @Test
    void honestAdvertsWarningsAndJobsStayBelowTheThreshold() {
        for (Listing honest : List.of(
                listing("电工证培训报名", "特种作业操作证培训，考试合格后发证，全国联网可查，学费 800 元"),
                listing("提醒", "谨防免考、包过、直接出证的电工证骗局，所谓速成的焊工证都是假证"),
                listing("招聘电工", "须持有效电工证，月薪 8000 元"))) {
            Screening screening = screen.screen(honest);
            assertTrue(!screening.reaches(ClueFixtures.THRESHOLD), screening.evidence());
        }
    }

    @Test
    void titleAndTextAreReadApartSoNoKeywordSpansThem() {
        assertEquals(0.0, screen.screen(listing("电工证免", "考试须知")).score());
    }
}
