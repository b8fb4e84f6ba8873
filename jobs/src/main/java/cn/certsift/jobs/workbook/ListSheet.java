package cn.certsift.jobs.workbook;

import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * A sheet listing one record per row, for people to filter on screen and to print: its columns given as
 * data ({@link ListColumn}); a bold header row that stays in view and repeats on every printed page; a
 * filter on every column; text that wraps in rows tall enough to show it; dates as dates and counts as
 * integers; formulas neutralised; the printed columns first, the screen-only ones after them, outside the
 * print area; checks and drop-downs over whole columns. Rows can stream to disk as they are added (with an
 * SXSSF workbook). An XLSX sheet holds 1,048,576 rows: records beyond continue on further sheets
 * ({@code 问题清单(2)} …), each with the header.
 */
public final class ListSheet<T> {

    public static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final PageSetup pageSetup;
    private final String name;
    private final List<ListColumn<T>> columns;
    private final int rowsPerSheet;
    private final int printedColumns;
    private Sheet sheet;
    private int sheets;
    private int nextRow;
    private int lastRecordRow;
    private long records;

    public ListSheet(Workbook workbook, WorkbookStyles styles, FileTitle file, String name, List<ListColumn<T>> columns) {
        this(workbook, styles, file, name, columns, ROWS_PER_SHEET);
    }

    public ListSheet(Workbook workbook, WorkbookStyles styles, FileTitle file, String name, List<ListColumn<T>> columns,
                     int rowsPerSheet) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rowsPerSheet = rowsPerSheet;
        this.printedColumns = (int) columns.stream().filter(ListColumn::printed).count();
        for (int i = printedColumns; i < columns.size(); i++) {
            if (columns.get(i).printed()) {
                throw new IllegalArgumentException("list " + name + ": printed column " + columns.get(i).header()
                        + " comes after a column that does not print; printed columns go first");
            }
        }
        this.pageSetup = new PageSetup(file).repeatRows(0, 0);
        if (printedColumns < columns.size()) {
            pageSetup.printColumns(printedColumns);
        }
        startSheet();
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + "(" + sheets + ")");
        Row header = sheet.createRow(0);
        float height = 0;
        for (int i = 0; i < columns.size(); i++) {
            ListColumn<T> column = columns.get(i);
            sheet.setColumnWidth(i, column.width() * 256);
            if (column.kind() != ColumnKind.TEXT) {
                sheet.setDefaultColumnStyle(i, column.kind().style(styles));
            }
            Cell cell = header.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.input() ? styles.inputHeader : styles.header);
            height = Math.max(height, CellValues.neededHeight(cell, column.width(), styles));
        }
        header.setHeightInPoints(height);
        nextRow = 1;
        lastRecordRow = 0;
    }

    /** Adds a record; the row is returned for cells that need a style of their own. */
    public Row add(T record) {
        Row row = write(record, false);
        lastRecordRow = row.getRowNum();
        records++;
        return row;
    }

    /** Adds a bold row of totals below the records, outside the filter. */
    public Row addTotal(T totals) {
        return write(totals, true);
    }

    private Row write(T record, boolean total) {
        if (nextRow > rowsPerSheet) {
            finish();
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        float height = 0;
        for (int i = 0; i < columns.size(); i++) {
            ListColumn<T> column = columns.get(i);
            Cell cell = row.createCell(i);
            CellValues.put(cell, column.value().apply(record));
            cell.setCellStyle(total ? totalStyle(column.kind()) : column.kind().style(styles));
            height = Math.max(height, CellValues.neededHeight(cell, column.width(), styles));
        }
        row.setHeightInPoints(height);
        return row;
    }

    /** A note below the rows, over the printed columns, wrapped in a row tall enough. */
    public void addNote(String text) {
        nextRow++;
        Row row = sheet.createRow(nextRow++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.note);
        double width = columns.stream().limit(printedColumns).mapToInt(ListColumn::width).sum();
        if (printedColumns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, printedColumns - 1));
        }
        row.setHeightInPoints(CellValues.neededHeight(cell, width, styles));
    }

    private CellStyle totalStyle(ColumnKind kind) {
        return switch (kind) {
            case INTEGER -> styles.totalInteger;
            case AMOUNT -> styles.totalAmount;
            default -> styles.total;
        };
    }

    /** Records added so far, over all sheets. */
    public long records() {
        return records;
    }

    /** Freezes the header, sets the filter, the checks and the page setup of the current sheet; call after the last record. */
    public void finish() {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRecordRow, 0, columns.size() - 1));
        for (int i = 0; i < columns.size(); i++) {
            ColumnCheck check = columns.get(i).check();
            if (check != null) {
                DataValidation validation = sheet.getDataValidationHelper().createValidation(
                        check.constraint().apply(sheet.getDataValidationHelper()),
                        new CellRangeAddressList(1, ROWS_PER_SHEET, i, i));
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox(check.title(), check.message());
                validation.setShowPromptBox(true);
                validation.createPromptBox(check.title(), check.message());
                validation.setEmptyCellAllowed(true);
                sheet.addValidationData(validation);
            }
        }
        pageSetup.apply(sheet, columns.size() - 1, nextRow - 1);
    }
}
