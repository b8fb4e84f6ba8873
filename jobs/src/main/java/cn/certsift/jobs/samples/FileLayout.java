package cn.certsift.jobs.samples;

import cn.certsift.common.source.SourceKind;

import java.util.List;

/**
 * How one output file looks: name, format and encoding, title rows, columns and their headers, how
 * dates are written, how much harmless noise the values carry, and the broken rows planted in it.
 *
 * @param dateStyle  how dates are written in text; workbooks with {@code dateCells} write date cells instead
 * @param noise      the share of values written in a harmless variant (spaces, width, case, apostrophe …)
 * @param badHiredOn how many rows get an impossible 入职日期: an optional value, dropped, the row kept
 */
record FileLayout(String name, SourceKind kind, FileFormat format, List<String> titles, List<Column> columns,
                  DateStyle dateStyle, boolean dateCells, boolean quoteAll, boolean crlf, double noise,
                  List<BrokenRow> broken, int badHiredOn) {

    FileLayout {
        titles = List.copyOf(titles);
        columns = List.copyOf(columns);
        broken = List.copyOf(broken);
        if (!name.endsWith(format.extension())) {
            throw new IllegalArgumentException(name + " is not named as a " + format + " file");
        }
        boolean quoteProblem = broken.stream().anyMatch(row -> row.kind() == BrokenRow.Kind.UNBALANCED_QUOTE)
                && (!format.csv() || quoteAll);
        if (quoteProblem) {
            throw new IllegalArgumentException(name + ": an unbalanced quote needs a CSV file whose other fields are not quoted");
        }
    }

    /** A plain CSV layout with the contract's headers, no titles and no broken rows. */
    static FileLayout plainCsv(String name, SourceKind kind, FileFormat format, DateStyle dateStyle, double noise) {
        return new FileLayout(name, kind, format, List.of(),
                kind.fields().stream().map(field -> Column.field(kind, field.name())).toList(),
                dateStyle, false, false, true, noise, List.of(), 0);
    }
}
