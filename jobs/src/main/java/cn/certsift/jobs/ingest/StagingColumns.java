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
 * name kept verbatim in {@code extra_columns}, and where each row came from.
 */
public final class StagingColumns {

    public static final String EXTRA_COLUMNS = "extra_columns";
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_LINE = "source_line";

    private StagingColumns() {
    }

    public static List<ParquetColumn> of(SourceKind kind) {
        List<ParquetColumn> columns = new ArrayList<>();
        for (FieldSpec field : kind.fields()) {
            columns.add(new ParquetColumn(field.name(), typeOf(field)));
            if (field.isChecked()) {
                columns.add(new ParquetColumn(field.validColumn(), ColumnType.BOOLEAN));
            }
        }
        columns.add(new ParquetColumn(EXTRA_COLUMNS, ColumnType.STRING_MAP));
        columns.add(new ParquetColumn(SOURCE_FILE, ColumnType.STRING));
        columns.add(new ParquetColumn(SOURCE_LINE, ColumnType.LONG));
        return columns;
    }

    static Object[] values(SourceKind kind, NormalizedRow row, String file, long line) {
        List<FieldSpec> fields = kind.fields();
        Object[] values = new Object[fields.size() + checkedCount(kind) + 3];
        int column = 0;
        for (int i = 0; i < fields.size(); i++) {
            values[column++] = row.values()[i];
            if (fields.get(i).isChecked()) {
                values[column++] = row.checkPassed()[i];
            }
        }
        values[column++] = row.extraColumns();
        values[column++] = file;
        values[column] = line;
        return values;
    }

    private static int checkedCount(SourceKind kind) {
        return (int) kind.fields().stream().filter(FieldSpec::isChecked).count();
    }

    private static ColumnType typeOf(FieldSpec field) {
        return switch (field.type()) {
            case DATE, VALIDITY_END -> ColumnType.DATE;
            case HOURS, SCORE -> ColumnType.DOUBLE;
            case TEXT, NAME, CODE, ID_NUMBER, CREDIT_CODE, PHONE, PROSE, WEB_ADDRESS -> ColumnType.STRING;
        };
    }
}
