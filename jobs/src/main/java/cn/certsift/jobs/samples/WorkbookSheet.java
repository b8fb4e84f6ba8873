package cn.certsift.jobs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The first sheet of a workbook: XLSX streamed through SXSSF (only a window of rows in memory), or
 * legacy XLS through HSSF (in memory, at most 65,536 rows). Dates are real date cells. The document's
 * creation time is fixed to the sample's run date, so the same sample is the same bytes.
 */
final class WorkbookSheet implements SheetWriter {

    private static final int STREAMING_WINDOW = 200;

    private final Path file;
    private final Workbook workbook;
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private final int maxRows;
    private int nextRow;

    private WorkbookSheet(Path file, Workbook workbook, String sheetName, String dateFormat) {
        this.file = file;
        this.workbook = workbook;
        this.sheet = workbook.createSheet(sheetName);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(dateFormat));
        this.maxRows = workbook.getSpreadsheetVersion().getMaxRows();
    }

    static WorkbookSheet xlsx(Path file, String sheetName, String dateFormat, LocalDate created) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMING_WINDOW);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.ofHours(8)))));
        return new WorkbookSheet(file, workbook, sheetName, dateFormat);
    }

    static WorkbookSheet xls(Path file, String sheetName, String dateFormat) {
        return new WorkbookSheet(file, new HSSFWorkbook(), sheetName, dateFormat);
    }

    @Override
    public void title(String text, int width) {
        Row row = newRow();
        row.createCell(0).setCellValue(text);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, width - 1));
        }
    }

    @Override
    public void row(List<Object> cells) {
        Row row = newRow();
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else if (value instanceof Long number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void blank() {
        newRow();
    }

    @Override
    public long nextLine() {
        return nextRow + 1L;
    }

    @Override
    public void close() throws IOException {
        try (Workbook closing = workbook; OutputStream out = Files.newOutputStream(file)) {
            closing.write(out);
        }
    }

    private Row newRow() {
        if (nextRow >= maxRows) {
            throw new IllegalStateException(file.getFileName() + ": a " + workbook.getSpreadsheetVersion()
                    + " sheet holds at most " + maxRows + " rows");
        }
        return sheet.createRow(nextRow++);
    }
}
