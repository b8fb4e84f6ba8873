package cn.certsift.jobs.export;

import static cn.certsift.jobs.export.FindingRows.finding;
import static cn.certsift.jobs.export.WorkbookCells.open;
import static cn.certsift.jobs.export.WorkbookCells.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.spark.SparkExtension;

import cn.certsift.jobs.cases.Verification;
import cn.certsift.jobs.cases.VerificationResult;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkExtension.class)
class InspectorWorkbooksTests {

    @TempDir
    Path folder;

    private final SparkSession spark;

    InspectorWorkbooksTests(SparkSession spark) {
        this.spark = spark;
    }

    private List<Row> findingsByDistrict() {
        Map<String, Object> injected = finding("F3", "南山区", "CERT_NOT_FOUND", "high", "NEW");
        injected.put("employer_name", "=HYPERLINK(\"http://evil\",\"点我\")");
        return FindingRows.rows(spark, List.of(
                finding("F1", "南山区", "CERT_EXPIRED", "medium", "OPEN"),
                injected,
                finding("F2", "南山区", "CERT_EXPIRED", "medium", "RESOLVED"),
                finding("F4", "高新区/开发区", "NO_CERT", "high", "NEW"),
                finding("F5", null, "REVIEW_OVERDUE", "low", "NEW")));
    }

    @Test
    void eachDistrictGetsAWorkbookWithOnlyItsOwnOpenFindings() throws Exception {
        List<InspectorWorkbooks.DistrictExport> written = new InspectorWorkbooks(false, FindingRows.inspectorColumns(Map.of()))
                .write(findingsByDistrict().iterator(), folder.resolve("inspectors"));
        try (Stream<Path> files = Files.list(folder.resolve("inspectors"))) {
            assertEquals(List.of("南山区.xlsx", "未知区县.xlsx", "高新区_开发区.xlsx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(new InspectorWorkbooks.DistrictExport("南山区", folder.resolve("inspectors").resolve("南山区.xlsx"), 2L),
                written.get(0), "the resolved finding is not listed");
        try (XSSFWorkbook workbook = open(folder.resolve("inspectors").resolve("南山区.xlsx"))) {
            XSSFSheet list = workbook.getSheet("问题清单");
            assertEquals(3, list.getPhysicalNumberOfRows());
            List<String> header = row(list, 0);
            assertEquals(List.of("问题编号", "问题类型", "严重程度", "状态", "首次发现", "所属区县", "单位名称", "统一社会信用代码", "姓名",
                    "身份证号", "岗位", "证书编号", "比对部门", "比对证书编号", "问题代码", "线索簇", "核查依据", "核查结果", "处理措施", "罚款金额(元)",
                    "核查人", "核查日期", "备注"), header);
            assertEquals(List.of("F1", "F3"), List.of(row(list, 1).get(0), row(list, 2).get(0)));
            assertEquals("110105********002X", row(list, 1).get(9), "ID numbers are masked by default");
            assertEquals("应急管理部门", row(list, 1).get(12));
            assertEquals("持续存在", row(list, 1).get(3));
            assertEquals("'=HYPERLINK(\"http://evil\",\"点我\")", row(list, 2).get(6), "formulas are neutralised");
            assertNotNull(list.getPaneInformation(), "header row frozen");
            assertEquals(1, list.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(list.getCTWorksheet().isSetAutoFilter(), "header row has filters");
            assertTrue(list.getColumnWidth(16) > list.getColumnWidth(0), "evidence column is widest");
            XSSFCellStyle high = list.getRow(2).getCell(2).getCellStyle();
            assertEquals(FillPatternType.SOLID_FOREGROUND, high.getFillPattern(), "severity highlighted");
            Sheet counts = workbook.getSheet("分类统计");
            List<String> expired = row(counts, 5);
            assertEquals(List.of("CERT_EXPIRED", "证书已超过有效期", "中", "0.0", "1.0", "1.0", "1.0"), expired);
        }
    }

    @Test
    void inspectorColumnsOfferDropDownsAndShowTheLatestVerification() throws Exception {
        Verification earlier = new Verification(VerificationResult.CONFIRMED, "责令整改+罚款", new BigDecimal("5000"), "张三",
                LocalDate.of(2026, 11, 22), "已整改");
        new InspectorWorkbooks(false, FindingRows.inspectorColumns(Map.of("F3", earlier)))
                .write(findingsByDistrict().iterator(), folder.resolve("inspectors"));
        try (XSSFWorkbook workbook = open(folder.resolve("inspectors").resolve("南山区.xlsx"))) {
            XSSFSheet list = workbook.getSheet("问题清单");
            Map<String, String> validations = new TreeMap<>();
            for (XSSFDataValidation validation : list.getDataValidations()) {
                DataValidationConstraint constraint = validation.getValidationConstraint();
                String columns = validation.getRegions().getCellRangeAddress(0).formatAsString();
                validations.put(columns, constraint.getValidationType() + " " + constraint.getFormula1());
            }
            assertEquals(Map.of(
                    "R2:R3", ValidationType.LIST + " '下拉选项'!$A$1:$A$3",
                    "S2:S3", ValidationType.LIST + " '下拉选项'!$B$1:$B$12",
                    "T2:T3", ValidationType.DECIMAL + " 0",
                    "V2:V3", ValidationType.DATE + " DATE(2024,5,12)"), validations);
            Sheet lists = workbook.getSheet("下拉选项");
            assertTrue(workbook.isSheetHidden(workbook.getSheetIndex(lists)));
            assertEquals(List.of("属实", "责令整改"), row(lists, 0));
            assertEquals("无需处理", lists.getRow(11).getCell(1).getStringCellValue());
            assertEquals(List.of("", "", "", "", "", ""), row(list, 1).subList(17, 23), "F1 is not verified yet");
            assertEquals(List.of("F3", "属实", "责令整改+罚款", "5000.0", "张三"),
                    List.of(row(list, 2).get(0), row(list, 2).get(17), row(list, 2).get(18), row(list, 2).get(19),
                            row(list, 2).get(20)));
            assertEquals(LocalDate.of(2026, 11, 22), list.getRow(2).getCell(21).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("已整改", row(list, 2).get(22));
        }
    }

    @Test
    void fullIdNumbersOnlyWhenConfigured() throws Exception {
        new InspectorWorkbooks(true, FindingRows.inspectorColumns(Map.of())).write(findingsByDistrict().iterator(), folder.resolve("inspectors"));
        try (XSSFWorkbook workbook = open(folder.resolve("inspectors").resolve("高新区_开发区.xlsx"))) {
            assertEquals("11010519491231002X", row(workbook.getSheet("问题清单"), 1).get(9));
        }
    }

    @Test
    void rewritingReplacesTheEarlierWorkbooks() throws Exception {
        new InspectorWorkbooks(false, FindingRows.inspectorColumns(Map.of())).write(findingsByDistrict().iterator(), folder.resolve("inspectors"));
        new InspectorWorkbooks(false, FindingRows.inspectorColumns(Map.of())).write(findingsByDistrict().subList(0, 3).iterator(), folder.resolve("inspectors"));
        try (Stream<Path> files = Files.list(folder.resolve("inspectors"))) {
            assertEquals(List.of("南山区.xlsx"), files.map(f -> f.getFileName().toString()).toList());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("inspectors"), files.map(f -> f.getFileName().toString()).toList(), "no partial folder left");
        }
    }
}
