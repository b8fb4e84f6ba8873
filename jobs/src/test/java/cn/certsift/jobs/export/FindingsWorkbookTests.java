package cn.certsift.jobs.export;

import static cn.certsift.jobs.export.FindingRows.finding;
import static cn.certsift.jobs.export.WorkbookCells.open;
import static cn.certsift.jobs.export.WorkbookCells.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.matching.FindingColumns;
import cn.certsift.jobs.spark.SparkExtension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkExtension.class)
class FindingsWorkbookTests {

    @Test
    void idAndCertificateNumbersStayWholeAsTextAndDatesAreDates(SparkSession spark, @TempDir Path folder) throws Exception {
        Map<String, Object> samr = finding("F2", "南山区", "CERT_NOT_FOUND", "high", "NEW");
        samr.put("cert_no", "440305199701014562");
        Path file = folder.resolve("findings.xlsx");
        try (FindingsWorkbook workbook = new FindingsWorkbook(FindingRows.RUN_DATE)) {
            FindingRows.rows(spark, List.of(finding("F1", "南山区", "CERT_EXPIRED", "medium", "NEW"), samr)).forEach(workbook::add);
            assertEquals(2, workbook.rows());
            workbook.publish(file);
        }
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("findings");
            assertEquals(FindingColumns.CONTRACT, row(sheet, 0), "the columns of findings.csv");
            Cell id = sheet.getRow(1).getCell(FindingColumns.CONTRACT.indexOf("id_no"));
            assertEquals(CellType.STRING, id.getCellType());
            assertEquals("11010519491231002X", id.getStringCellValue(), "full ID numbers, as in findings.csv");
            Cell samrNumber = sheet.getRow(2).getCell(FindingColumns.CONTRACT.indexOf("cert_no"));
            assertEquals(CellType.STRING, samrNumber.getCellType(), "18 digits stay text, not 4.40305199701015E+17");
            assertEquals("440305199701014562", samrNumber.getStringCellValue());
            Cell firstSeen = sheet.getRow(1).getCell(FindingColumns.CONTRACT.indexOf("first_seen"));
            assertEquals(FindingRows.RUN_DATE, firstSeen.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "header row has filters");
        }
    }

    @Test
    void findingsBeyondASheetsRowLimitContinueOnFurtherSheets(SparkSession spark, @TempDir Path folder) throws Exception {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            findings.add(finding("F" + i, "南山区", "NO_CERT", "high", "NEW"));
        }
        Path file = folder.resolve("findings.xlsx");
        try (FindingsWorkbook workbook = new FindingsWorkbook(FindingRows.RUN_DATE, 2)) {
            for (Row row : FindingRows.rows(spark, findings)) {
                workbook.add(row);
            }
            workbook.publish(file);
        }
        try (XSSFWorkbook workbook = open(file)) {
            assertEquals(List.of("findings", "findings(2)"), List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
            assertEquals(List.of("finding_id", "F3"), List.of(row(workbook.getSheetAt(1), 0).get(0), row(workbook.getSheetAt(1), 1).get(0)));
        }
    }
}
