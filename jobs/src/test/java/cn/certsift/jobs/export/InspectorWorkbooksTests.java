package cn.certsift.jobs.export;

import static cn.certsift.jobs.export.FindingRows.finding;
import static cn.certsift.jobs.export.WorkbookCells.open;
import static cn.certsift.jobs.export.WorkbookCells.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.spark.SparkExtension;
import cn.certsift.jobs.workbook.TextLines;
import cn.certsift.jobs.workbook.WorkbookStyles;

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

import org.apache.poi.ss.usermodel.Cell;
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
        List<InspectorWorkbooks.DistrictExport> written = workbooks(false, Map.of())
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
            assertEquals(List.of("问题编号", "问题类型", "严重程度", "单位名称", "姓名", "身份证号", "岗位", "证书编号", "核查依据", "核查结果", "处理措施",
                    "罚款金额(元)", "核查人", "核查日期", "备注", "状态", "首次发现", "所属区县", "统一社会信用代码", "比对部门", "比对证书编号", "问题代码",
                    "线索簇"), header, "what prints first (up to 处理措施), then what stays on screen");
            assertEquals("问题清单!$A$1:$K$3", workbook.getPrintArea(0), "the print area ends with 处理措施");
            assertEquals(List.of("F1", "F3"), List.of(row(list, 1).get(0), row(list, 2).get(0)));
            assertEquals("证书已超过有效期", cell(list, 1, "问题类型"), "the finding's Chinese name, not its code");
            assertEquals("CERT_EXPIRED", cell(list, 1, "问题代码"), "the code stays, in a narrow column on screen");
            assertEquals("110105********002X", cell(list, 1, "身份证号"), "ID numbers are masked by default");
            assertEquals("T110105********002X", cell(list, 1, "证书编号"), "so are the certificate numbers that carry them");
            assertEquals("T110105********002X", cell(list, 1, "比对证书编号"));
            assertEquals("证书 T110105********002X（应急管理部门 电工作业）有效期至 2026-11-01，截至 2026-11-20 已过期 19 天",
                    cell(list, 1, "核查依据"), "and the evidence that quotes them");
            assertEquals("应急管理部门", cell(list, 1, "比对部门"));
            assertEquals("持续存在", cell(list, 1, "状态"));
            Cell firstSeen = list.getRow(1).getCell(header.indexOf("首次发现"));
            assertEquals(FindingRows.RUN_DATE, firstSeen.getLocalDateTimeCellValue().toLocalDate(), "首次发现 is a real date");
            assertEquals("yyyy-mm-dd", firstSeen.getCellStyle().getDataFormatString());
            assertEquals("'=HYPERLINK(\"http://evil\",\"点我\")", cell(list, 2, "单位名称"), "formulas are neutralised");
            assertNotNull(list.getPaneInformation(), "header row frozen");
            assertEquals(1, list.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(list.getCTWorksheet().isSetAutoFilter(), "header row has filters");
            assertEquals(TextLines.rowHeight(TextLines.count(cell(list, 1, "核查依据"), 44), WorkbookStyles.TEXT_POINTS),
                    list.getRow(1).getHeightInPoints(), "the evidence wraps in a row tall enough for its lines");
            assertTrue(TextLines.count(cell(list, 1, "核查依据"), 44) > 1, "the evidence takes more than one line");
            XSSFCellStyle high = list.getRow(2).getCell(header.indexOf("严重程度")).getCellStyle();
            assertEquals(FillPatternType.SOLID_FOREGROUND, high.getFillPattern(), "severity highlighted");
            assertTrue(list.getPrintSetup().getLandscape(), "wide lists print landscape");
            assertEquals(1, list.getPrintSetup().getFitWidth(), "one page wide");
            assertEquals("1:1", list.getRepeatingRows().formatAsString(), "the header repeats on every page");
            Sheet counts = workbook.getSheet("分类统计");
            assertEquals(List.of("证书已超过有效期", "中", "0.0", "1.0", "1.0", "1.0", "CERT_EXPIRED"), row(counts, 5));
            assertEquals(List.of("合计", "", "1.0", "1.0", "1.0", "2.0", ""), row(counts, 12));
        }
    }

    @Test
    void inspectorColumnsOfferDropDownsAndShowTheLatestVerification() throws Exception {
        Verification earlier = new Verification(VerificationResult.CONFIRMED, "责令整改+罚款", new BigDecimal("5000"), "张三",
                LocalDate.of(2026, 11, 22), "已整改");
        workbooks(false, Map.of("F3", earlier))
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
                    "J2:J1048576", ValidationType.LIST + " '下拉选项'!$A$1:$A$3",
                    "K2:K1048576", ValidationType.LIST + " '下拉选项'!$B$1:$B$12",
                    "L2:L1048576", ValidationType.DECIMAL + " 0",
                    "N2:N1048576", ValidationType.DATE + " DATE(2024,5,12)"), validations,
                    "checks over whole columns, so rows inspectors add get them too");
            assertEquals("yyyy-mm-dd", workbook.getCellStyleAt(list.getColumnStyle(13).getIndex()).getDataFormatString(),
                    "a date typed into a new row shows as a date");
            Sheet lists = workbook.getSheet("下拉选项");
            assertTrue(workbook.isSheetHidden(workbook.getSheetIndex(lists)));
            assertEquals(List.of("属实", "责令整改"), row(lists, 0));
            assertEquals("无需处理", lists.getRow(11).getCell(1).getStringCellValue());
            assertEquals(List.of("", "", "", "", "", ""), row(list, 1).subList(9, 15), "F1 is not verified yet");
            assertEquals(List.of("F3", "属实", "责令整改+罚款", "5000.0", "张三"),
                    List.of(row(list, 2).get(0), row(list, 2).get(9), row(list, 2).get(10), row(list, 2).get(11),
                            row(list, 2).get(12)));
            assertEquals(LocalDate.of(2026, 11, 22), list.getRow(2).getCell(13).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("已整改", row(list, 2).get(14));
        }
    }

    @Test
    void fullIdNumbersOnlyWhenConfigured() throws Exception {
        workbooks(true, Map.of()).write(findingsByDistrict().iterator(), folder.resolve("inspectors"));
        try (XSSFWorkbook workbook = open(folder.resolve("inspectors").resolve("高新区_开发区.xlsx"))) {
            XSSFSheet list = workbook.getSheet("问题清单");
            assertEquals(List.of("11010519491231002X", "T11010519491231002X", "T11010519491231002X"),
                    List.of(cell(list, 1, "身份证号"), cell(list, 1, "证书编号"), cell(list, 1, "比对证书编号")));
            assertTrue(cell(list, 1, "核查依据").contains("T11010519491231002X"));
        }
    }

    private static InspectorWorkbooks workbooks(boolean fullIdNumbers, Map<String, Verification> verifications) {
        return new InspectorWorkbooks(fullIdNumbers, FindingRows.inspectorColumns(verifications), FindingRows.RUN_DATE);
    }

    /** The cell of a row under the header {@code header}. */
    private static String cell(Sheet sheet, int rowIndex, String header) {
        return row(sheet, rowIndex).get(row(sheet, 0).indexOf(header));
    }

    @Test
    void rewritingReplacesTheEarlierWorkbooks() throws Exception {
        workbooks(false, Map.of()).write(findingsByDistrict().iterator(), folder.resolve("inspectors"));
        workbooks(false, Map.of()).write(findingsByDistrict().subList(0, 3).iterator(), folder.resolve("inspectors"));
        try (Stream<Path> files = Files.list(folder.resolve("inspectors"))) {
            assertEquals(List.of("南山区.xlsx"), files.map(f -> f.getFileName().toString()).toList());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("inspectors"), files.map(f -> f.getFileName().toString()).toList(), "no partial folder left");
        }
    }
}
