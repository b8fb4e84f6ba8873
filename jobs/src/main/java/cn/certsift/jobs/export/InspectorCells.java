package cn.certsift.jobs.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

/** The inspector columns in one workbook: header cells, the row's cells, and the drop-downs and checks of a sheet. */
final class InspectorCells implements TrailingColumns {

    private static final int[] WIDTHS = {12, 20, 14, 12, 14, 30};

    private final InspectorColumns columns;
    private final CellStyle dateStyle;
    private final CellStyle amountStyle;
    private final CellStyle headerStyle;

    InspectorCells(InspectorColumns columns, Workbook workbook, CellStyle findingHeaderStyle) {
        this.columns = columns;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        this.headerStyle = workbook.createCellStyle();
        headerStyle.cloneStyleFrom(findingHeaderStyle);
        headerStyle.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    @Override
    public int count() {
        return InspectorColumns.HEADERS.size();
    }

    @Override
    public void writeHeaders(Row header, int firstColumn) {
        for (int i = 0; i < InspectorColumns.HEADERS.size(); i++) {
            Cell cell = header.createCell(firstColumn + i);
            cell.setCellValue(InspectorColumns.HEADERS.get(i));
            cell.setCellStyle(headerStyle);
        }
    }

    /** The case's latest verification, or empty cells formatted for what inspectors type. */
    void writeCells(Row row, int firstColumn, String findingId) {
        Object[] values = columns.valuesOf(findingId);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(firstColumn + i);
            Object value = values[i];
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else if (value instanceof BigDecimal amount) {
                cell.setCellValue(amount.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (InspectorColumns.HEADERS.get(i).equals(InspectorColumns.DATE)) {
                cell.setCellStyle(dateStyle);
            } else if (InspectorColumns.HEADERS.get(i).equals(InspectorColumns.FINE)) {
                cell.setCellStyle(amountStyle);
            }
        }
    }

    @Override
    public void finishSheet(Sheet sheet, int lastRow, int firstColumn) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(firstColumn + i, WIDTHS[i] * 256);
        }
        validate(sheet, 1, lastRow, firstColumn);
    }

    /** Drop-downs for 核查结果 and 处理措施, a non-negative amount, a date from the campaign start on. */
    private void validate(Sheet sheet, int firstRow, int lastRow, int firstColumn) {
        if (lastRow < firstRow) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper, helper.createFormulaListConstraint(listRange(0, columns.results().size())), firstRow, lastRow,
                firstColumn, "核查结果", "请从下拉列表中选择：" + String.join("、", columns.results()));
        add(sheet, helper, helper.createFormulaListConstraint(listRange(1, columns.measures().size())), firstRow, lastRow,
                firstColumn + 1, "处理措施", "请从下拉列表中选择一项；多项措施请选用列表中的组合");
        add(sheet, helper, helper.createDecimalConstraint(OperatorType.BETWEEN, "0", columns.maxFineYuan().toPlainString()),
                firstRow, lastRow, firstColumn + 2, "罚款金额(元)",
                "请填写 0 至 " + columns.maxFineYuan().toPlainString() + " 之间的金额（元）");
        LocalDate earliest = columns.earliestDate();
        add(sheet, helper, helper.createDateConstraint(OperatorType.GREATER_OR_EQUAL,
                        "DATE(" + earliest.getYear() + "," + earliest.getMonthValue() + "," + earliest.getDayOfMonth() + ")", null,
                        "yyyy-mm-dd"), firstRow, lastRow, firstColumn + 4, "核查日期",
                "请填写日期，如 " + earliest + "，不早于 " + earliest);
    }

    /** The hidden sheet the drop-downs read: results in column A, measures in column B. */
    void writeListsSheet(Workbook workbook) {
        Sheet lists = workbook.createSheet(InspectorColumns.LISTS_SHEET);
        List<List<String>> byColumn = List.of(columns.results(), columns.measures());
        int rows = Math.max(columns.results().size(), columns.measures().size());
        for (int r = 0; r < rows; r++) {
            Row row = lists.createRow(r);
            for (int c = 0; c < byColumn.size(); c++) {
                if (r < byColumn.get(c).size()) {
                    row.createCell(c).setCellValue(byColumn.get(c).get(r));
                }
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    }

    private static String listRange(int column, int size) {
        char letter = (char) ('A' + column);
        return "'" + InspectorColumns.LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + size;
    }

    private static void add(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, int firstRow,
                            int lastRow, int column, String title, String message) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title, message);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, message);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }
}
