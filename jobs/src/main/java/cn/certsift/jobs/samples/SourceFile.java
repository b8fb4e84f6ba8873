package cn.certsift.jobs.samples;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.FieldSpec;
import cn.certsift.common.source.SourceKind;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One output file being written: renders each record of its source through the file's columns and
 * noise, plants the file's broken rows among the data rows, and counts what ingest will read, accept
 * and quarantine.
 */
final class SourceFile implements Closeable {

    private static final int BROKEN_EVERY = 23;
    private static final int BAD_HIRED_ON_EVERY = 11;
    private static final List<String> REMARKS = List.of("新入职", "待补证", "证书办理中", "外包单位人员", "已调岗", "夜班");
    private static final long FILE_STREAM = 6;

    private final FileLayout layout;
    private final SheetWriter writer;
    private final ValueNoise noise;
    private final Dice dice;
    private final Deque<BrokenRow> broken;
    private final int[] fieldIndex;
    private final int nameColumn;
    private Object[] lastRecord;
    private long dataRows;
    private long quarantined;
    private int badHiredOnLeft;

    SourceFile(Path folder, FileLayout layout, HeaderDictionary dictionary, long seed, LocalDate runDate) throws IOException {
        this.layout = layout;
        checkHeaders(layout, dictionary);
        this.dice = Dice.of(seed, FILE_STREAM, layout.name().hashCode());
        this.noise = new ValueNoise(Dice.of(seed, FILE_STREAM, layout.name().hashCode(), 1), layout.noise(),
                layout.dateStyle(), layout.dateCells(), !layout.kind().isRegistry());
        this.broken = new ArrayDeque<>(layout.broken());
        this.badHiredOnLeft = layout.badHiredOn();
        this.fieldIndex = layout.columns().stream()
                .mapToInt(column -> column.field() == null ? -1 : layout.kind().indexOf(column.field())).toArray();
        this.nameColumn = columnOf("name");
        Path file = folder.resolve(layout.name());
        FileFormat format = layout.format();
        this.writer = switch (format) {
            case XLSX -> WorkbookSheet.xlsx(file, "Sheet1", "yyyy-mm-dd", runDate);
            case XLS -> WorkbookSheet.xls(file, "Sheet1", "yyyy/m/d");
            default -> new CsvSheet(file, format.charset(), format == FileFormat.CSV_UTF8_BOM, layout.quoteAll(), layout.crlf());
        };
        for (String title : layout.titles()) {
            writer.title(title, layout.columns().size());
        }
        writer.row(headerCells());
    }

    FileLayout layout() {
        return layout;
    }

    SourceKind kind() {
        return layout.kind();
    }

    long dataRows() {
        return dataRows;
    }

    long quarantined() {
        return quarantined;
    }

    /** Writes one record (values in the source's field order) and returns its line or row number. */
    long write(Object[] record) throws IOException {
        if (record.length != layout.kind().fields().size()) {
            throw new IllegalArgumentException(layout.name() + ": a " + layout.kind().id() + " record has "
                    + layout.kind().fields().size() + " values, not " + record.length);
        }
        long line = writer.nextLine();
        List<Object> cells = render(record);
        if (badHiredOnLeft > 0 && (dataRows + 1) % BAD_HIRED_ON_EVERY == 0 && columnOf("hired_on") >= 0) {
            cells.set(columnOf("hired_on"), "2023-02-29");
            badHiredOnLeft--;
        }
        writer.row(cells);
        dataRows++;
        lastRecord = record;
        if (dataRows % BROKEN_EVERY == 0 && !broken.isEmpty()) {
            writeBroken(broken.removeFirst(), record);
        }
        return line;
    }

    /**
     * Writes the broken rows not yet planted (the file was shorter than planned), then closes the file.
     * Broken rows are copies of a data row: a file without data rows gets none.
     */
    void finish() throws IOException {
        while (!broken.isEmpty() && lastRecord != null) {
            writeBroken(broken.removeFirst(), lastRecord);
        }
        close();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private void writeBroken(BrokenRow row, Object[] template) throws IOException {
        if (row.counted()) {
            quarantined++;
        }
        switch (row.kind()) {
            case BLANK_LINES -> {
                writer.blank();
                writer.blank();
            }
            case REPEATED_HEADER -> writer.row(headerCells());
            case MISSING_REQUIRED -> {
                List<Object> cells = render(template);
                cells.set(requiredColumn(row.field()), null);
                writer.row(cells);
            }
            case UNREADABLE_VALUE -> {
                List<Object> cells = render(template);
                cells.set(requiredColumn(row.field()), row.value());
                writer.row(cells);
            }
            case UNBALANCED_QUOTE -> {
                List<Object> cells = render(template);
                cells.set(nameColumn, "\"" + cells.get(nameColumn));
                ((CsvSheet) writer).raw(String.join(",", cells.stream().map(c -> c == null ? "" : c.toString()).toList()));
            }
        }
    }

    private List<Object> render(Object[] record) {
        List<Object> cells = new ArrayList<>(layout.columns().size());
        List<FieldSpec> fields = layout.kind().fields();
        for (int column = 0; column < fieldIndex.length; column++) {
            Column spec = layout.columns().get(column);
            if (spec.extra() == Column.Extra.ROW_NUMBER) {
                cells.add(layout.dateCells() ? (Object) (int) (dataRows + 1) : String.valueOf(dataRows + 1));
            } else if (spec.extra() == Column.Extra.REMARK) {
                cells.add(dice.chance(0.15) ? dice.pick(REMARKS) : null);
            } else {
                cells.add(noise.render(fields.get(fieldIndex[column]), record[fieldIndex[column]]));
            }
        }
        return cells;
    }

    private List<Object> headerCells() {
        return new ArrayList<>(layout.columns().stream().map(Column::header).toList());
    }

    private int columnOf(String field) {
        for (int column = 0; column < layout.columns().size(); column++) {
            if (field.equals(layout.columns().get(column).field())) {
                return column;
            }
        }
        return -1;
    }

    private int requiredColumn(String field) {
        int column = columnOf(field);
        if (column < 0) {
            throw new IllegalStateException(layout.name() + " has no column " + field + " to break");
        }
        return column;
    }

    /** Every header must name its field under conf/headers.yml, extras none, and every required field must be there. */
    private static void checkHeaders(FileLayout layout, HeaderDictionary dictionary) {
        SourceKind kind = layout.kind();
        for (Column column : layout.columns()) {
            Optional<String> named = dictionary.canonical(kind, column.header());
            boolean right = column.field() == null ? named.isEmpty() : named.equals(Optional.of(column.field()));
            if (!right) {
                throw new IllegalStateException(layout.name() + ": header " + column.header() + " is read as "
                        + named.orElse("no column") + " but holds " + (column.field() == null ? "an extra column" : column.field())
                        + " (check conf/headers.yml)");
            }
        }
        for (FieldSpec field : kind.requiredFields()) {
            if (layout.columns().stream().noneMatch(column -> field.name().equals(column.field()))) {
                throw new IllegalStateException(layout.name() + " lacks the required column " + field.name());
            }
        }
    }
}
