package cn.certsift.jobs.ingest.table;

import cn.certsift.common.text.DateValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How spreadsheet cells become text: date cells as ISO dates, numbers in plain notation (an ID number
 * typed into a number cell must not come out as {@code 4.40703E+17}), everything else as displayed.
 */
final class SpreadsheetCells {

    private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d+(\\.\\d+)?[eE][+-]?\\d+");

    private SpreadsheetCells() {
    }

    /** A formatter that writes date cells as {@code yyyy-MM-dd} and other numbers in plain notation. */
    static DataFormatter formatter(boolean date1904) {
        return new DataFormatter() {
            @Override
            public String formatRawCellContents(double value, int formatIndex, String formatString) {
                return number(value, formatIndex, formatString, date1904);
            }

            @Override
            public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
                return number(value, formatIndex, formatString, use1904);
            }
        };
    }

    static String number(double value, int formatIndex, String formatString, boolean date1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateValues.fromExcelSerial(value, date1904).toString();
        }
        return plain(value);
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e18) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Numbers that arrive as text in scientific notation are written out plainly. */
    static String plainIfScientific(String value) {
        if (value != null && SCIENTIFIC.matcher(value).matches()) {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    /** Places a cell at its column, padding skipped columns with empty strings. */
    static void put(List<String> cells, int column, String value) {
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(value == null ? "" : value);
        } else {
            cells.set(column, value == null ? "" : value);
        }
    }

    static RawRow row(long line, List<String> cells) {
        return RawRow.of(line, List.copyOf(cells), String.join(",", cells));
    }

    static List<String> newRow() {
        return new ArrayList<>();
    }
}
