package cn.certsift.jobs.workbook;

import java.util.function.Function;

/**
 * One column of a list sheet, as data: its header, width (in digits; a Chinese character takes two),
 * kind, whether it prints, whether people fill it in, how a record's value is read, and any check on what people type into it.
 * Adding a column to a list is adding one of these.
 */
public record ListColumn<T>(String header, int width, ColumnKind kind, boolean printed, boolean input, Function<T, ?> value,
                            ColumnCheck check) {

    public static <T> ListColumn<T> of(String header, int width, ColumnKind kind, Function<T, ?> value) {
        return new ListColumn<>(header, width, kind, true, false, value, null);
    }

    public static <T> ListColumn<T> text(String header, int width, Function<T, ?> value) {
        return of(header, width, ColumnKind.TEXT, value);
    }

    /** The same column, shown on screen but not printed. */
    public ListColumn<T> screenOnly() {
        return new ListColumn<>(header, width, kind, false, input, value, check);
    }

    /** The same column, for people to fill in: its header is shaded green. */
    public ListColumn<T> forInput() {
        return new ListColumn<>(header, width, kind, printed, true, value, check);
    }

    public ListColumn<T> checkedBy(ColumnCheck columnCheck) {
        return new ListColumn<>(header, width, kind, printed, input, value, columnCheck);
    }
}
