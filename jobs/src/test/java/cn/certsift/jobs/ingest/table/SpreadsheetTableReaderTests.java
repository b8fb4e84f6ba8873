package cn.certsift.jobs.ingest.table;

import static cn.certsift.jobs.ingest.table.Fixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTableReaderTests {

    @TempDir
    Path folder;

    /** A title row merged across the sheet, a header, one row with real date cells and an ID typed as a number. */
    private Path workbook(Workbook workbook, String name) throws Exception {
        Sheet sheet = workbook.createSheet("花名册");
        sheet.createRow(0).createCell(0).setCellValue("2024年持证人员名单");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        Row header = sheet.createRow(2);
        String[] headers = {"姓名", "身份证号", "证书编号", "有效期止", "学时"};
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
        Row data = sheet.createRow(3);
        data.createCell(0).setCellValue("王伟");
        data.createCell(1).setCellValue(110105491231002d);
        data.createCell(3).setCellValue(LocalDate.of(2027, 3, 5));
        data.getCell(3).setCellStyle(dateStyle);
        data.createCell(4).setCellValue(32.5);
        workbook.createSheet("第二个表").createRow(0).createCell(0).setCellValue("not read");
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"roster.xlsx", "roster.xls"})
    void theFirstSheetIsReadWithDatesAsDatesAndNumbersPlain(String name) throws Exception {
        Path file = workbook(name.endsWith("x") ? new XSSFWorkbook() : new HSSFWorkbook(), name);
        TableReader reader = TableFormat.open(file);
        List<RawRow> rows = rows(reader);
        assertTrue(reader.description().endsWith("sheet 花名册"), reader.description());
        assertEquals(3, rows.size(), "the empty row 2 is not delivered: " + rows);
        assertEquals(List.of("2024年持证人员名单"), rows.get(0).cells());
        assertEquals(3, rows.get(1).line());
        assertEquals(List.of("王伟", "110105491231002", "", "2027-03-05", "32.5"), rows.get(2).cells());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void aCsvNamedXlsIsReadAsCsv() throws Exception {
        Path file = folder.resolve("roster_export.xls");
        Files.writeString(file, "姓名,身份证号\n王伟,11010519491231002X\n");
        assertTrue(TableFormat.open(file) instanceof CsvTableReader);
        assertEquals(List.of("王伟", "11010519491231002X"), rows(file).get(1).cells());
    }

    @Test
    void aWebPageNamedXlsIsNotATable() throws Exception {
        Path file = folder.resolve("roster_web.xls");
        Files.writeString(file, "<html><body><table><tr><td>姓名</td></tr></table></body></html>");
        NotATableException error = assertThrows(NotATableException.class, () -> rows(file));
        assertTrue(error.reasonZh().contains("网页"), error.reasonZh());
    }

    @Test
    void aBrokenWorkbookIsNotATable() throws Exception {
        Path file = folder.resolve("roster_broken.xlsx");
        Files.write(file, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5});
        NotATableException error = assertThrows(NotATableException.class, () -> rows(file));
        assertTrue(error.reasonZh().contains("无法读取Excel工作簿"), error.reasonZh());
    }
}
