package cn.certsift.common.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.source.SourceKind;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HeaderLocatorTests {

    private static final HeaderDictionary DICTIONARY = new HeaderDictionary(
            Map.of("cert_no", List.of("证号"), "id_no", List.of("身份证号码", "公民身份号码", "证件号码"),
                    "category", List.of("工种"), "hours", List.of("学时")),
            Map.of(SourceKind.ROSTER, Map.of("cert_category", List.of("作业类别"))));

    private final HeaderLocator roster = new HeaderLocator(SourceKind.ROSTER, DICTIONARY);

    @Test
    void aTitleRowIsNotAHeader() {
        assertTrue(roster.layoutOf(List.of("2024年持证人员名单", "", "")).isEmpty());
    }

    @Test
    void theContractHeadersInAnyOrderMakeAHeader() {
        HeaderLayout layout = roster.layoutOf(List.of("岗位", "姓名", "身份证号", "所属区县", "单位名称", "统一社会信用代码"))
                .orElseThrow();
        assertEquals(0, layout.columnOf(SourceKind.ROSTER.indexOf("post")));
        assertEquals(2, layout.columnOf(SourceKind.ROSTER.indexOf("id_no")));
        assertEquals(-1, layout.columnOf(SourceKind.ROSTER.indexOf("cert_no")));
    }

    @Test
    void synonymsSpacesFullWidthAndEnglishNamesAreRecognised() {
        HeaderLayout layout = roster.layoutOf(List.of(" 单位 名称 ", "EMPLOYER_USCC", "所属区县*", "姓　名",
                "公民身份号码", "岗位", "证号", "作业类别", "备注")).orElseThrow();
        assertEquals(4, layout.columnOf(SourceKind.ROSTER.indexOf("id_no")));
        assertEquals(6, layout.columnOf(SourceKind.ROSTER.indexOf("cert_no")));
        assertEquals(7, layout.columnOf(SourceKind.ROSTER.indexOf("cert_category")), "per-source synonym");
        assertEquals(Map.of(8, "备注"), layout.unknownColumns());
    }

    @Test
    void aTrailingUnitInBracketsIsIgnored() {
        HeaderLocator training = new HeaderLocator(SourceKind.TRAINING, DICTIONARY);
        HeaderLayout layout = training.layoutOf(List.of("培训机构代码", "培训机构名称", "班级编号", "学员姓名", "身份证号",
                "工种", "培训开始日期", "培训结束日期", "培训学时（小时）")).orElseThrow();
        assertEquals(8, layout.columnOf(SourceKind.TRAINING.indexOf("hours")));
        assertEquals(5, layout.columnOf(SourceKind.TRAINING.indexOf("category")));
    }

    @Test
    void aRowMissingARequiredColumnIsNotAHeaderAndSaysWhatIsMissing() {
        List<String> row = List.of("统一社会信用代码", "单位名称", "姓名", "身份证号", "岗位");
        assertTrue(roster.layoutOf(row).isEmpty());
        assertEquals(List.of("所属区县"), roster.missingRequired(row));
    }

    @Test
    void aDuplicateHeaderKeepsTheFirstColumnAndIsReported() {
        HeaderLayout layout = roster.layoutOf(List.of("统一社会信用代码", "单位名称", "所属区县", "姓名", "身份证号",
                "岗位", "身份证号码")).orElseThrow();
        assertEquals(4, layout.columnOf(SourceKind.ROSTER.indexOf("id_no")));
        assertEquals(List.of("身份证号码"), layout.duplicateHeaders());
    }

    @Test
    void aListingHeaderNeedsTheLinkAndATitleOrAText() {
        HeaderLocator listings = new HeaderLocator(SourceKind.LISTINGS, DICTIONARY);
        assertTrue(listings.layoutOf(List.of("平台", "正文", "链接")).isPresent());
        assertTrue(listings.layoutOf(List.of("标题", "链接")).isPresent());
        assertTrue(listings.layoutOf(List.of("平台", "链接", "卖家")).isEmpty());
        assertEquals(List.of("标题或正文"), listings.missingRequired(List.of("平台", "链接", "卖家")));
        assertEquals(List.of("链接"), listings.missingRequired(List.of("标题", "正文")));
        assertEquals("链接、标题或正文", listings.requiredHeaders());
    }
}
