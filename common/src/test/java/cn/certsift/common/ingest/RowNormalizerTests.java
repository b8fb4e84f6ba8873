package cn.certsift.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.header.HeaderLocator;
import cn.certsift.common.source.SourceKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RowNormalizerTests {

    private static final List<String> ROSTER_HEADER = List.of("统一社会信用代码", "单位名称", "所属区县", "姓名", "身份证号",
            "岗位", "证书编号", "离职日期", "备注");
    private static final List<String> TRAINING_HEADER = List.of("培训机构代码", "培训机构名称", "班级编号", "学员姓名", "身份证号",
            "作业类别", "培训开始日期", "培训结束日期", "培训学时", "理论成绩", "联系电话");

    private final RowNormalizer roster = normalizer(SourceKind.ROSTER, ROSTER_HEADER);
    private final RowNormalizer training = normalizer(SourceKind.TRAINING, TRAINING_HEADER);

    private static RowNormalizer normalizer(SourceKind kind, List<String> header) {
        return new RowNormalizer(new HeaderLocator(kind, HeaderDictionary.contractOnly()).layoutOf(header).orElseThrow());
    }

    private static Object value(NormalizedRow row, SourceKind kind, String field) {
        return row.values()[kind.indexOf(field)];
    }

    private NormalizedRow accepted(RowNormalizer normalizer, String... cells) {
        return assertInstanceOf(RowOutcome.Accepted.class, normalizer.normalize(List.of(cells))).row();
    }

    private RowOutcome.Rejected rejected(RowNormalizer normalizer, String... cells) {
        return assertInstanceOf(RowOutcome.Rejected.class, normalizer.normalize(new ArrayList<>(List.of(cells))));
    }

    @Test
    void noisyValuesNormaliseToTheContractForms() {
        NormalizedRow row = accepted(roster, " 9144030071526726xg", "深圳市某某建筑有限公司 ", "南山区", "王 伟",
                "'110105491231002", "电工", "ｔ１１０１０５１９４９１２３１００２ｘ", "2030年1月1日", "夜班");
        assertEquals("9144030071526726XG", value(row, SourceKind.ROSTER, "employer_uscc"));
        assertEquals("王伟", value(row, SourceKind.ROSTER, "name"));
        assertEquals("11010519491231002X", value(row, SourceKind.ROSTER, "id_no"));
        assertEquals("T11010519491231002X", value(row, SourceKind.ROSTER, "cert_no"));
        assertEquals(LocalDate.of(2030, 1, 1), value(row, SourceKind.ROSTER, "left_on"));
        assertEquals(Map.of("备注", "夜班"), row.extraColumns());
        assertEquals(Boolean.TRUE, row.checkPassed()[SourceKind.ROSTER.indexOf("id_no")]);
    }

    @Test
    void aFailedCheckDigitMarksTheRowInsteadOfRejectingIt() {
        NormalizedRow row = accepted(roster, "914403001922038217", "某公司", "南山区", "王伟", "110105194912310021", "电工",
                "", "", "");
        assertEquals(Boolean.FALSE, row.checkPassed()[SourceKind.ROSTER.indexOf("id_no")]);
        assertEquals(Boolean.FALSE, row.checkPassed()[SourceKind.ROSTER.indexOf("employer_uscc")]);
        assertEquals("110105194912310021", value(row, SourceKind.ROSTER, "id_no"));
        assertNull(value(row, SourceKind.ROSTER, "cert_no"), "blank optional values are null");
    }

    @Test
    void aMissingRequiredValueRejectsTheRowNamingTheColumn() {
        RowOutcome.Rejected rejected = rejected(roster, "914403001922038216", "某公司", "南山区", "王伟", " ", "电工");
        assertTrue(rejected.reasonZh().contains("缺少必填字段“身份证号”"), rejected.reasonZh());
        assertTrue(rejected.reasonEn().contains("id_no"), rejected.reasonEn());
    }

    @Test
    void aRequiredDateThatIsNotADateRejectsTheRow() {
        RowOutcome.Rejected rejected = rejected(training, "914403001922038216", "某培训学校", "B2024-01", "王伟",
                "11010519491231002X", "电工作业", "2024-02-30", "2024-03-05", "32", "", "");
        assertEquals("培训开始日期“2024-02-30”不是有效日期", rejected.reasonZh());
        assertEquals("train_start '2024-02-30' is not a valid date", rejected.reasonEn());
    }

    @Test
    void allProblemsOfARowAreReportedTogether() {
        RowOutcome.Rejected rejected = rejected(training, "914403001922038216", "", "B2024-01", "王伟",
                "11010519491231002X", "电工作业", "2024-03-01", "2024-03-05", "-8", "", "");
        assertEquals(2, rejected.problems().size(), rejected.reasonZh());
        assertTrue(rejected.reasonZh().contains("培训学时“-8”不能为负数"), rejected.reasonZh());
    }

    @Test
    void anUnreadableOptionalValueIsLeftEmptyAndReported() {
        NormalizedRow row = accepted(training, "914403001922038216", "某培训学校", "B2024-01", "王伟",
                "11010519491231002X", "电工作业", "2024-03-01", "2024-03-05", "32学时", "1000", "138-0013-8000");
        assertEquals(32.0, value(row, SourceKind.TRAINING, "hours"));
        assertNull(value(row, SourceKind.TRAINING, "theory_score"));
        assertEquals("13800138000", value(row, SourceKind.TRAINING, "phone"));
        assertEquals(1, row.droppedValues().size());
        assertEquals("理论成绩“1000”不在0到100之间", row.droppedValues().get(0).problem().zh());
    }

    @Test
    void moreCellsThanTheHeaderRejectTheRowUnlessTheyAreBlank() {
        List<String> cells = new ArrayList<>(List.of("914403001922038216", "某公司", "南山区", "王伟", "11010519491231002X",
                "电工", "", "", "", "", ""));
        assertInstanceOf(RowOutcome.Accepted.class, roster.normalize(cells));
        cells.add("多出来的值");
        RowOutcome.Rejected rejected = assertInstanceOf(RowOutcome.Rejected.class, roster.normalize(cells));
        assertTrue(rejected.reasonZh().contains("多于表头"), rejected.reasonZh());
    }

    @Test
    void fewerCellsThanTheHeaderAreMissingValues() {
        RowOutcome.Rejected truncated = rejected(roster, "914403001922038216", "某公司", "南山区");
        assertTrue(truncated.reasonZh().contains("姓名"), truncated.reasonZh());
        assertFalse(truncated.reasonZh().contains("单位名称"), truncated.reasonZh());
    }

    @Test
    void anAbsurdlyLongValueIsUnreadable() {
        RowOutcome.Rejected rejected = rejected(roster, "914403001922038216", "某公司", "南山区", "王".repeat(1_000_000),
                "11010519491231002X", "电工");
        assertTrue(rejected.reasonZh().startsWith("姓名“王王王"), rejected.reasonZh());
        assertTrue(rejected.reasonZh().endsWith("过长（超过500个字符）"), rejected.reasonZh());
        assertTrue(rejected.reasonZh().length() < 200, "the reason quotes only the start of the value");
    }

    @Test
    void listingTextKeepsItsSpacesAndMayBeLongerThanOtherValues() {
        RowNormalizer listings = normalizer(SourceKind.LISTINGS, List.of("平台", "标题", "正文", "链接", "联系方式"));
        String body = "电工证 免考\n\n加 vx  abc_123 " + "详情".repeat(1000);
        NormalizedRow row = accepted(listings, "闲鱼", "", body, " https://2.taobao.com/item?id=1 ", "ＱＱ １２３４５");
        assertEquals("电工证 免考 加 vx abc_123 " + "详情".repeat(1000), value(row, SourceKind.LISTINGS, "body"));
        assertEquals("QQ 12345", value(row, SourceKind.LISTINGS, "contact"));
        assertEquals("https://2.taobao.com/item?id=1", value(row, SourceKind.LISTINGS, "link"));
        assertNull(value(row, SourceKind.LISTINGS, "title"));
    }

    @Test
    void aListingNeedsATitleOrATextAndALink() {
        RowNormalizer listings = normalizer(SourceKind.LISTINGS, List.of("标题", "正文", "链接"));
        accepted(listings, "电工证包过", "", "https://tieba.baidu.com/p/1");
        RowOutcome.Rejected neither = rejected(listings, " ", "", "https://tieba.baidu.com/p/1");
        assertEquals("缺少“标题”或“正文”（至少填写一项）", neither.reasonZh());
        assertEquals("none of title, body is filled", neither.reasonEn());
        assertTrue(rejected(listings, "电工证包过", "", "").reasonZh().contains("缺少必填字段“链接”"));
    }

    @Test
    void aWebAddressMustNameAHost() {
        RowNormalizer domains = normalizer(SourceKind.DOMAINS, List.of("网址", "发现日期", "来源"));
        assertEquals("http://cx-mem-gov.cn/zscx", value(accepted(domains, " http://cx-mem-gov.cn/zscx", "2026年11月18日", "12350举报"),
                SourceKind.DOMAINS, "url"));
        assertEquals("网址“见截图”不是网址（没有域名或IP地址）", rejected(domains, "见截图", "2026-11-18", "12350举报").reasonZh());
    }
}
