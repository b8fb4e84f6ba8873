package cn.certsift.jobs.ingest;

import cn.certsift.common.ingest.NormalizedRow;
import cn.certsift.common.source.FieldSpec;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.io.ColumnType;
import cn.certsift.jobs.io.ParquetColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the staging layer that matching reads: the contract's fields with normalised values,
 * a {@code <field>_valid} flag after each ID number and credit code, the columns the contract does not
 * name kept verbatim in {@code extra_columns}, where each row came from, and a row id.
 */
public final class StagingColumns {

    public static final String EXTRA_COLUMNS = "extra_columns";
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_LINE = "source_line";
    /** Unique within a source and the same on every run of the same files: the file's index and the line. */
    public static final String ROW_ID = "row_id";

    private StagingColumns() {
    }

    public static List<ParquetColumn> of(SourceKind kind) {
        List<ParquetColumn> columns = new ArrayList<>();
        for (FieldSpec field : kind.fields()) {
            columns.add(new ParquetColumn(field.name(), typeOf(field), isNearlyUnique(field)));
            if (field.isChecked()) {
                columns.add(new ParquetColumn(field.validColumn(), ColumnType.BOOLEAN));
            }
        }
        columns.add(new ParquetColumn(EXTRA_COLUMNS, ColumnType.STRING_MAP));
        columns.add(new ParquetColumn(SOURCE_FILE, ColumnType.STRING));
        columns.add(new ParquetColumn(SOURCE_LINE, ColumnType.LONG, true));
        columns.add(new ParquetColumn(ROW_ID, ColumnType.LONG, true));
        return columns;
    }

    static Object[] values(SourceKind kind, NormalizedRow row, String file, long line, int fileIndex) {
        List<FieldSpec> fields = kind.fields();
        Object[] values = new Object[fields.size() + checkedCount(kind) + 4];
        int column = 0;
        for (int i = 0; i < fields.size(); i++) {
            values[column++] = row.values()[i];
            if (fields.get(i).isChecked()) {
                values[column++] = row.checkPassed()[i];
            }
        }
        values[column++] = row.extraColumns();
        values[column++] = file;
        values[column++] = line;
        values[column] = rowId(fileIndex, line);
        return values;
    }

    static long rowId(int fileIndex, long line) {
        return ((long) fileIndex << 32) | line;
    }

    private static int checkedCount(SourceKind kind) {
        return (int) kind.fields().stream().filter(FieldSpec::isChecked).count();
    }

    private static boolean isNearlyUnique(FieldSpec field) {
        return switch (field.type()) {
            case ID_NUMBER, NAME, PHONE -> true;
            case CODE -> field.name().equals("cert_no");
            default -> false;
        };
    }

    private static ColumnType typeOf(FieldSpec field) {
        return switch (field.type()) {
            case DATE, VALIDITY_END -> ColumnType.DATE;
            case HOURS, SCORE -> ColumnType.DOUBLE;
            case TEXT, NAME, CODE, ID_NUMBER, CREDIT_CODE, PHONE, PROSE, WEB_ADDRESS -> ColumnType.STRING;
        };
    }
}
