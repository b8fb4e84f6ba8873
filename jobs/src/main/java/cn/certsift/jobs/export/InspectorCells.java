package cn.certsift.jobs.export;

import cn.certsift.jobs.workbook.ColumnCheck;
import cn.certsift.jobs.workbook.ColumnKind;
import cn.certsift.jobs.workbook.ListColumn;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The inspector columns of a district's list as list columns: each shows the case's latest verification
 * where there is one, and carries its drop-down or check over the whole column (核查结果 and 处理措施 from
 * the hidden sheet of lists, a fine within bounds, a date from the campaign start on). 核查结果 and 处理措施
 * print with the list; the others are filled in on screen.
 */
final class InspectorCells {

    private InspectorCells() {
    }

    static List<ListColumn<org.apache.spark.sql.Row>> columns(InspectorColumns columns) {
        Function<org.apache.spark.sql.Row, Object[]> values = finding -> columns.valuesOf(finding.getAs("finding_id"));
        String maxFine = columns.maxFineYuan().toPlainString();
        LocalDate earliest = columns.earliestDate();
        return List.of(
                ListColumn.<org.apache.spark.sql.Row>text(InspectorColumns.RESULT, 8, f -> values.apply(f)[0]).forInput()
                        .checkedBy(new ColumnCheck(h -> h.createFormulaListConstraint(listRange(0, columns.results().size())),
                                InspectorColumns.RESULT, "请从下拉列表中选择：" + String.join("、", columns.results()))),
                ListColumn.<org.apache.spark.sql.Row>text(InspectorColumns.MEASURE, 12, f -> values.apply(f)[1]).forInput()
                        .checkedBy(new ColumnCheck(h -> h.createFormulaListConstraint(listRange(1, columns.measures().size())),
                                InspectorColumns.MEASURE, "请从下拉列表中选择一项；多项措施请选用列表中的组合")),
                ListColumn.<org.apache.spark.sql.Row>of(InspectorColumns.FINE, 10, ColumnKind.AMOUNT, f -> values.apply(f)[2])
                        .forInput().screenOnly()
                        .checkedBy(new ColumnCheck(h -> h.createDecimalConstraint(OperatorType.BETWEEN, "0", maxFine),
                                InspectorColumns.FINE, "请填写 0 至 " + maxFine + " 之间的金额（元）")),
                ListColumn.<org.apache.spark.sql.Row>text(InspectorColumns.INSPECTOR, 8, f -> values.apply(f)[3]).forInput()
                        .screenOnly(),
                ListColumn.<org.apache.spark.sql.Row>of(InspectorColumns.DATE, 12, ColumnKind.DATE, f -> values.apply(f)[4])
                        .forInput().screenOnly()
                        .checkedBy(new ColumnCheck(h -> h.createDateConstraint(OperatorType.GREATER_OR_EQUAL,
                                "DATE(" + earliest.getYear() + "," + earliest.getMonthValue() + "," + earliest.getDayOfMonth() + ")",
                                null, "yyyy-mm-dd"), InspectorColumns.DATE, "请填写日期，如 " + earliest + "，不早于 " + earliest)),
                ListColumn.<org.apache.spark.sql.Row>text(InspectorColumns.REMARKS, 16, f -> values.apply(f)[5]).forInput()
                        .screenOnly());
    }

    /** The hidden sheet the drop-downs read: results in column A, measures in column B. */
    static void writeListsSheet(Workbook workbook, InspectorColumns columns) {
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
}
