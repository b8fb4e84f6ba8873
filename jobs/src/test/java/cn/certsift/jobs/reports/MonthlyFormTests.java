package cn.certsift.jobs.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.jobs.workbook.TextLines;
import cn.certsift.jobs.workbook.WorkbookStyles;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MonthlyFormTests {

    private static final List<String> COLUMNS = List.of("开展执法检查的企业数量（家）", "查出无证、假证人员数量（人）", "查出企业问题总数（个）",
            "限期整改的企业数量（家）", "停业整顿的企业数量（家）", "罚款金额（万元）", "完成整改的问题数量（个）", "涉嫌犯罪的问题线索移交数量（条）",
            "清理涉假违法违规信息数量（条）", "关闭涉假网站、账号数量（个）", "下架涉假商品信息数量（条）", "行政处罚立案数量（起）", "公安机关刑事立案数量（起）",
            "抓获犯罪嫌疑人数量（人）", "捣毁制假售假窝点数量（个）");

    private static XSSFWorkbook november() throws Exception {
        return new MonthlyForm(ConfTables.cases(), ConfTables.posts()).build(CaseHistory.november2026(), YearMonth.of(2026, 11), CaseHistory.day(2026, 12, 3));
    }

    /** The figures of one row of the form by column heading; a manual cell reads "manual". */
    private static Map<String, String> figures(Sheet sheet, int rowIndex, int headingRow, int firstColumn) {
        Map<String, String> figures = new LinkedHashMap<>();
        Row headings = sheet.getRow(headingRow);
        Row row = sheet.getRow(rowIndex);
        for (int c = firstColumn; c < headings.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            String value = isNumber(cell) ? String.valueOf(cell.getNumericCellValue())
                    : cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND ? "manual" : cell.toString();
            figures.put(headings.getCell(c).getStringCellValue(), value);
        }
        return figures;
    }

    /** A number, or a formula whose value is one. */
    private static boolean isNumber(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC;
    }

    private static List<String> values(Map<String, String> figures) {
        return new ArrayList<>(figures.values());
    }

    @Test
    void theFormKeepsItsColumnsAndGroupsAndFillsTotalsForTheMonthAndSinceTheCampaignStart() throws Exception {
        try (XSSFWorkbook workbook = november()) {
            Sheet form = workbook.getSheet("统计表");
            assertEquals(List.of("统计表", "分类别统计", "填报说明"), List.of(workbook.getSheetName(0), workbook.getSheetName(1),
                    workbook.getSheetName(2)));
            assertEquals(COLUMNS, new ArrayList<>(figures(form, 4, 3, 2).keySet()));
            assertEquals("监管执法", form.getRow(2).getCell(2).getStringCellValue());
            assertEquals("网络空间治理", form.getRow(2).getCell(10).getStringCellValue());
            assertEquals("立案查处", form.getRow(2).getCell(13).getStringCellValue());
            assertEquals(List.of("南山区", "福田区", "合计"), List.of(text(form, 4, 0), text(form, 6, 0), text(form, 8, 0)),
                    "two rows per district, merged in the first column");
            assertEquals(List.of("本月数据", "累计数据"), List.of(text(form, 8, 1), text(form, 9, 1)));

            // November, by verification date: C1 (1 Nov), C2 (30 Nov), C3, C6; not C4 (31 Oct) or C5 (1 Dec).
            // 合计 is the sum of the districts: 刘洋, found in 福田区 (C2) and 南山区 (C3), counts in each.
            assertEquals(List.of("3.0", "3.0", "3.0", "1.0", "1.0", "2.5", "1.0", "1.0", "0.0", "0.0", "0.0", "2.0", "0.0",
                    "0.0", "0.0"), values(figures(form, 8, 3, 2)), "合计 本月");
            // Since 2024-05-12 up to 30 November: adds C4 (31 Oct); C8 (before the start) and C5 (December) stay out.
            assertEquals(List.of("3.0", "4.0", "4.0", "2.0", "1.0", "2.5", "1.0", "1.0", "0.0", "0.0", "0.0", "2.0", "0.0",
                    "0.0", "0.0"), values(figures(form, 9, 3, 2)), "合计 累计");
            assertEquals(CellType.FORMULA, form.getRow(8).getCell(2).getCellType(), "合计 is a formula");
            assertEquals(List.of("1.0", "1.0", "1.0", "0.0", "0.0", "0.0", "0.0", "1.0"),
                    values(figures(form, 4, 3, 2)).subList(0, 8), "南山区 本月: C3 only");
            assertNotNull(form.getRow(3).getCell(10).getCellComment(), "manual columns say where their figure comes from");
            assertTrue(form.getRow(3).getCell(10).getCellComment().getString().getString().startsWith("需人工填报"));
        }
    }

    @Test
    void categoriesFollowThePostsAndTheTotalIsTheirSum() throws Exception {
        try (XSSFWorkbook workbook = november()) {
            Sheet categories = workbook.getSheet("分类别统计");
            assertEquals(List.of("电工作业", "焊接与热切割作业", "高处作业", "制冷与空调作业", "危险化学品安全作业", "合计"),
                    List.of(text(categories, 4, 0), text(categories, 5, 0), text(categories, 6, 0), text(categories, 7, 0),
                            text(categories, 8, 0), text(categories, 9, 0)));
            // columns: 依法持证 本月/累计 (manual), 无证上岗 本月/累计, 持有假证 本月/累计
            assertEquals(List.of("manual", "manual", "1.0", "1.0", "1.0", "1.0"), row(categories, 4), "电工: C1 无证, C3 假证");
            assertEquals(List.of("manual", "manual", "0.0", "0.0", "1.0", "1.0"), row(categories, 5), "焊工: C2");
            assertEquals(List.of("manual", "manual", "0.0", "1.0", "0.0", "0.0"), row(categories, 6), "高处: C4 in October");
            assertEquals(List.of("manual", "manual", "0.0", "0.0", "0.0", "0.0"), row(categories, 7), "制冷: C5 in December");
            assertEquals(List.of("0.0", "0.0", "1.0", "2.0", "2.0", "2.0"), row(categories, 9), "合计");
        }
    }

    @Test
    void figuresTypedIntoTheFormAddUpInItsTotals() throws Exception {
        try (XSSFWorkbook workbook = november()) {
            Sheet form = workbook.getSheet("统计表");
            form.getRow(4).getCell(10).setCellValue(5);
            form.getRow(6).getCell(10).setCellValue(7);
            form.getRow(7).getCell(10).setCellValue(9);
            Sheet categories = workbook.getSheet("分类别统计");
            categories.getRow(4).getCell(1).setCellValue(40);
            categories.getRow(5).getCell(1).setCellValue(2);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertEquals(12.0, form.getRow(8).getCell(10).getNumericCellValue(), "本月 of 南山区 and 福田区");
            assertEquals(9.0, form.getRow(9).getCell(10).getNumericCellValue(), "累计 of 福田区");
            assertEquals(42.0, categories.getRow(9).getCell(1).getNumericCellValue(), "依法持证 of 电工 and 焊工");
        }
    }

    @Test
    void theFormPrintsLandscapeOnePageWideWithTitleHeadingsAndRegionsOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = november()) {
            Sheet form = workbook.getSheet("统计表");
            assertTrue(form.getPrintSetup().getLandscape());
            assertEquals(List.of((short) 1, (short) 0), List.of(form.getPrintSetup().getFitWidth(), form.getPrintSetup().getFitHeight()));
            assertEquals("1:4", form.getRepeatingRows().formatAsString());
            assertEquals("A:B", form.getRepeatingColumns().formatAsString());
            assertTrue(form.getRow(0).getHeightInPoints() >= 16 * 1.3, "the 16 pt title fits its row");
            Sheet explanations = workbook.getSheet("填报说明");
            for (int r = 2; r <= explanations.getLastRowNum(); r++) {
                Cell text = explanations.getRow(r).getCell(3);
                int lines = TextLines.count(text.getStringCellValue(), explanations.getColumnWidth(3) / 256.0);
                assertTrue(explanations.getRow(r).getHeightInPoints() >= TextLines.rowHeight(lines, WorkbookStyles.TEXT_POINTS),
                        "填报说明 row " + (r + 1) + " shows its " + lines + " lines");
            }
        }
    }

    @Test
    void everyKindOfOnlineClueNamesAColumnOfTheForm() throws Exception {
        List<String> labels = ConfTables.cases().monthly().columns().stream().map(c -> c.label()).toList();
        for (ClueKind kind : ClueKind.values()) {
            assertTrue(labels.contains(kind.formColumn()), kind + " names " + kind.formColumn() + ", not a column of " + labels);
        }
    }

    @Test
    void theExplanationsSheetSaysWhatFeedsEachColumn() throws Exception {
        try (XSSFWorkbook workbook = november()) {
            Sheet explanations = workbook.getSheet("填报说明");
            assertEquals("涉及的人员数（按身份证号去重）；按核查日期统计；核查结果为属实；问题类型为“特种作业岗位未持证上岗”、"
                    + "“证书编号在各部门证书库中均不存在，疑似伪造”、“证书持有人与花名册人员不符，疑似冒用或变造”、"
                    + "“同一证书被多人使用，疑似转借或批量伪造”", text(explanations, 3, 3));
            assertEquals("核查属实、且夜间比对在统计期内确认已消除的问题数；按问题消除日期统计", text(explanations, 8, 3));
            assertEquals("需人工填报：由网信部门巡查处置数据填报", text(explanations, 10, 3));
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> row(Sheet sheet, int rowIndex) {
        List<String> values = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            Cell cell = sheet.getRow(rowIndex).getCell(c);
            values.add(isNumber(cell) ? String.valueOf(cell.getNumericCellValue()) : "manual");
        }
        return values;
    }
}
