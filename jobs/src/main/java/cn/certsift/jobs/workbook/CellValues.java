package cn.certsift.jobs.workbook;

import cn.certsift.jobs.io.SpreadsheetSafe;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Values into cells as a reader needs them: numbers as numbers, dates as real dates, text as text with
 * anything a spreadsheet would run as a formula neutralised; and the height a cell's row needs to show it.
 */
final class CellValues {

    private CellValues() {
    }

    static void put(Cell cell, Object value) {
        if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof java.sql.Date date) {
            cell.setCellValue(date.toLocalDate());
        } else if (value != null) {
            cell.setCellValue(SpreadsheetSafe.cell(value.toString()));
        }
    }

    /**
     * The row height (points) a cell {@code width} digits wide needs to show its value in full; a smaller
     * font fits more characters into the width, a larger one fewer.
     */
    static float neededHeight(Cell cell, double width, WorkbookStyles styles) {
        CellStyle style = cell.getCellStyle();
        double points = styles.points(style);
        boolean text = cell.getCellType() == CellType.STRING;
        double widthInTextDigits = width * WorkbookStyles.TEXT_POINTS / points;
        int lines = text && style.getWrapText() ? TextLines.count(cell.getStringCellValue(), widthInTextDigits) : 1;
        return TextLines.rowHeight(lines, points);
    }
}
