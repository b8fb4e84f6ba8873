package cn.certsift.jobs.export;

import cn.certsift.jobs.io.SpreadsheetSafe;
import cn.certsift.jobs.io.TextWidth;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A sheet listing one record per row for people to filter and print: a bold header row that stays in
 * view and repeats on every printed page, a filter on every column, columns as wide as their content
 * (capped), the last column (the evidence sentence) wider and wrapped, and every cell a spreadsheet
 * would run as a formula neutralised. Rows go to disk as they are added (SXSSF). An XLSX sheet holds
 * 1,048,576 rows: records beyond continue on further sheets ({@code 问题清单(2)} …), each with the header.
 */
final class ListSheet {

    static final int ROWS_PER_SHEET = 1_048_575;
    private static final int MAX_WIDTH = 60;
    private static final int LAST_COLUMN_WIDTH = 80;

    private final SXSSFWorkbook workbook;
    private final String name;
    private final List<String> headers;
    private final TrailingColumns trailing;
    private final int rowsPerSheet;
    private final CellStyle headerStyle;
    private final CellStyle wrapStyle;
    private final int[] widths;
    private Sheet sheet;
    private int sheets;
    private int nextRow;
    private long records;

    ListSheet(SXSSFWorkbook workbook, String name, List<String> headers) {
        this(workbook, name, headers, TrailingColumns.NONE, ROWS_PER_SHEET);
    }

    /** @param trailing columns after the list's own (whose last, the evidence, is wrapped), written by someone else */
    ListSheet(SXSSFWorkbook workbook, String name, List<String> headers, TrailingColumns trailing, int rowsPerSheet) {
        this.workbook = workbook;
        this.name = name;
        this.headers = headers;
        this.trailing = trailing;
        this.rowsPerSheet = rowsPerSheet;
        this.widths = new int[headers.size()];
        this.headerStyle = Sheets.headerStyle(workbook);
        this.wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
        wrapStyle.setVerticalAlignment(VerticalAlignment.TOP);
        startSheet();
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + "(" + sheets + ")");
        Sheets.writeRow(sheet, 0, headers, headerStyle);
        trailing.writeHeaders(sheet.getRow(0), headers.size());
        nextRow = 1;
    }

    /** Adds a record; the row is returned for cells that need a style of their own. */
    Row add(List<String> values) {
        if (nextRow > rowsPerSheet) {
            finish();
            startSheet();
        }
        records++;
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            String value = SpreadsheetSafe.cell(values.get(i));
            Cell cell = row.createCell(i);
            cell.setCellValue(value);
            widths[i] = Math.max(widths[i], TextWidth.of(value));
            if (i == headers.size() - 1) {
                cell.setCellStyle(wrapStyle);
            }
        }
        return row;
    }

    /** Records added so far, over all sheets. */
    long records() {
        return records;
    }

    /** Freezes the header, sets the filter, print layout and column widths of the current sheet; call after the last record. */
    void finish() {
        sheet.createFreezePane(0, 1);
        Sheets.printOnA4Landscape(sheet);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, headers.size() + trailing.count() - 1));
        for (int i = 0; i < headers.size(); i++) {
            int width = Math.max(widths[i], TextWidth.of(headers.get(i))) + 2;
            int cap = i == headers.size() - 1 ? LAST_COLUMN_WIDTH : MAX_WIDTH;
            sheet.setColumnWidth(i, Math.min(width, cap) * 256);
        }
        trailing.finishSheet(sheet, nextRow - 1, headers.size());
    }
}
