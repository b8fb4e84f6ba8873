package cn.certsift.common.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them: {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.03.05},
 * {@code 20240305}, {@code 2024年3月5日}, each optionally followed by a time of day, in full- or
 * half-width characters. Excel date cells are converted by {@link #fromExcelSerial}.
 */
public final class DateValues {

    /** What registries write for a certificate without an end of validity (长期). */
    public static final LocalDate PERMANENT = LocalDate.of(9999, 12, 31);

    private static final Pattern TIME_SUFFIX =
            Pattern.compile("(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final int FIRST_YEAR = 1900;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);

    private DateValues() {
    }

    /** The date a value names, or empty when it is blank or not a real date (2024-02-30, 2024-13-01). */
    public static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        if (isIsoDate(raw)) {
            return of(raw.substring(0, 4), raw.substring(5, 7), raw.substring(8, 10));
        }
        String value = Normalize.halfWidth(raw).strip();
        value = TIME_SUFFIX.matcher(value).replaceFirst("");
        value = Normalize.text(value);
        if (value == null) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {SEPARATED, CHINESE, COMPACT}) {
            Matcher m = pattern.matcher(value);
            if (m.matches()) {
                return of(m.group(1), m.group(2), m.group(3));
            }
        }
        return Optional.empty();
    }

    /** As {@link #parse}, but 长期 / 长期有效 / 永久 (no end of validity) read as {@link #PERMANENT}. */
    public static Optional<LocalDate> parseValidityEnd(String raw) {
        String value = Normalize.text(raw);
        if (value != null && (value.startsWith("长期") || value.equals("永久") || value.equals("永久有效"))) {
            return Optional.of(PERMANENT);
        }
        return parse(raw);
    }

    /**
     * The date of an Excel serial day number. In the 1900 date system serial 60 is the fictitious
     * 1900-02-29 that Excel keeps for Lotus compatibility; serials after it are counted from 1899-12-30.
     */
    public static LocalDate fromExcelSerial(double serial, boolean date1904) {
        long day = (long) Math.floor(serial);
        if (date1904) {
            return EXCEL_1904_EPOCH.plusDays(day);
        }
        if (day < 61) {
            return EXCEL_EPOCH.plusDays(day + 1);
        }
        return EXCEL_EPOCH.plusDays(day);
    }

    /** {@code yyyy-MM-dd} exactly, the form nearly every export uses: parsed without regular expressions. */
    private static boolean isIsoDate(String raw) {
        if (raw.length() != 10 || raw.charAt(4) != '-' || raw.charAt(7) != '-') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < FIRST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notARealDate) {
            return Optional.empty();
        }
    }
}
