package cn.certsift.jobs.io;

/**
 * Neutralises text that a spreadsheet program would run as a formula (CSV injection): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which Excel and
 * WPS show as text. Plain negative numbers stay numbers.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || isPlainNumber(value)) {
            return value;
        }
        return "'" + value;
    }

    private static boolean isPlainNumber(String value) {
        return value.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
