package cn.certsift.jobs.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.cases.CaseRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarterlyStatisticsTests {

    @TempDir
    Path folder;

    private static XSSFWorkbook q4(List<CaseRecord> history) throws Exception {
        return new QuarterlyStatistics(ConfTables.cases().quarterly()).build(history, ReportPeriod.quarter("2026-Q4"), CaseHistory.day(2027, 1, 5));
    }

    @Test
    void categoriesAreCountedByMonthOfDetectionWithTheirVerifiedCases() throws Exception {
        try (XSSFWorkbook workbook = q4(CaseHistory.november2026())) {
            assertEquals(List.of("概览", "按问题类别", "按区县", "按行业", "重点线索", "典型案例"), sheetNames(workbook));
            Sheet categories = workbook.getSheet("按问题类别");
            assertEquals(List.of("问题类别", "对应问题类型", "2026年10月", "2026年11月", "2026年12月", "本季度合计", "上季度", "环比", "核查属实"),
                    cells(categories.getRow(1)));
            // 无证上岗: C4 (1 Oct) and C1 (20 Oct) in October, C5 in November; verified 属实 in the quarter: C1, C4, C5.
            assertEquals(List.of("无证上岗", "2", "1", "0", "3", "0", "", "3"), without(cells(categories.getRow(2)), 1));
            assertEquals(List.of("冒用转借", "0", "2", "0", "2", "0", "", "1"), without(cells(categories.getRow(4)), 1),
                    "C3 and C6 found in November, only C3 verified 属实");
            assertEquals("案件库无对应问题类型，需人工填报", cells(categories.getRow(7)).get(1), "培训考试弄虚作假");
            assertEquals(1, ((XSSFSheet) categories).getDrawingPatriarch().getCharts().size(), "a chart over the table");
            Sheet districts = workbook.getSheet("按区县");
            assertEquals(List.of("福田区", "4", "2", "2.5"), cells(districts.getRow(2)), "C1, C2, C6, C7 found; C1, C2 verified 属实");
            assertEquals(List.of("南山区", "3", "3", "0.1"), cells(districts.getRow(3)));
            assertEquals(List.of("建筑业", "2", "2", "0"), cells(workbook.getSheet("按行业").getRow(3)));
        }
    }

    @Test
    void typicalCasesPutTheGravestMeasureFirstAndMaskPersonalData() throws Exception {
        try (XSSFWorkbook workbook = q4(CaseHistory.november2026())) {
            Sheet typical = workbook.getSheet("典型案例");
            List<String> first = cells(typical.getRow(2));
            assertEquals(List.of("1", "南山区", "腾达建筑", "刘某", "4403**********4562", "T4403**********2343", "证书持有人与花名册人员不符，疑似冒用或变造",
                    "2026-11-15", "移送公安", ""), first.subList(0, 10));
            assertEquals("南山区腾达建筑电工刘某（身份证号 4403**********4562）所持证书 T4403**********2343 证书持有人与花名册人员不符，疑似冒用或变造，"
                    + "经 2026-11-15 现场核查属实，已采取移送公安措施。", first.get(10));
            assertEquals(List.of("腾达建筑", "华强电气", "华强电气", "阿里建设", "腾达建筑"),
                    List.of(2, 3, 4, 5, 6).stream().map(r -> cells(typical.getRow(r)).get(2)).toList(),
                    "移送公安, 停产整顿, 罚款 20000, 罚款 1000, 责令整改");
            assertEquals(List.of("欧阳某", "4403**********8912"), cells(typical.getRow(6)).subList(3, 5));
        }
    }

    @Test
    void aQuarterWithoutConfirmedCasesSaysWhyItHasNoTypicalCases() throws Exception {
        try (XSSFWorkbook workbook = q4(List.of())) {
            assertTrue(cells(workbook.getSheet("典型案例").getRow(2)).get(0).startsWith("本季度没有核查属实的案件，暂无拟通报的典型案例。"));
        }
    }

    @Test
    void countsAreIntegersAndChartsReferToTheirSheet() throws Exception {
        try (XSSFWorkbook workbook = q4(CaseHistory.november2026())) {
            XSSFSheet overview = workbook.getSheet("概览");
            assertEquals("0", overview.getRow(3).getCell(1).getCellStyle().getDataFormatString(), "比对发现问题 is a count");
            assertEquals("0.00", overview.getRow(6).getCell(1).getCellStyle().getDataFormatString(), "罚款金额 in 万元");
            String categories = workbook.getSheet("按问题类别").getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                    .getBarChartArray(0).getSerArray(0).xmlText();
            assertTrue(categories.contains("'按问题类别'!$C$2</") && categories.contains("'按问题类别'!$A$3:$A$8</")
                    && categories.contains("'按问题类别'!$C$3:$C$8</"), categories);
        }
    }

    @Test
    void noFullIdNumberOrFullNameAppearsInThePublication() throws Exception {
        Path file = ReportFiles.write(q4(CaseHistory.november2026()), folder, "q4.xlsx");
        assertEquals(List.of(), PublicationScan.leaks(file, CaseHistory.FULL_NAMES));
        Path unmasked = folder.resolve("unmasked-check.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("刘洋 440305199701014562");
            ReportFiles.write(workbook, folder, unmasked.getFileName().toString());
        }
        assertEquals(2, PublicationScan.leaks(unmasked, CaseHistory.FULL_NAMES).size(), "the scan finds what it looks for");
    }

    @Test
    void theMonthlyFormCarriesNoPersonalDataEither() throws Exception {
        Path file = ReportFiles.write(new MonthlyForm(ConfTables.cases(), ConfTables.posts()).build(CaseHistory.november2026(),
                java.time.YearMonth.of(2026, 11), CaseHistory.day(2026, 12, 3)), folder, "monthly.xlsx");
        assertEquals(List.of(), PublicationScan.leaks(file, CaseHistory.FULL_NAMES));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                cells.add("");
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            } else if (cell.getCellType() == CellType.NUMERIC) {
                double value = cell.getNumericCellValue();
                cells.add(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
            } else {
                cells.add(cell.getStringCellValue());
            }
        }
        return cells;
    }

    private static List<String> without(List<String> cells, int index) {
        List<String> rest = new ArrayList<>(cells);
        rest.remove(index);
        return rest;
    }
}
