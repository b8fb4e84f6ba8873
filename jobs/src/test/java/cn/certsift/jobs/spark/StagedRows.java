package cn.certsift.jobs.spark;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.ingest.StagingColumns;
import cn.certsift.jobs.io.SparkSchemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** In-memory staging-layer rows for stage tests: name the columns a test cares about, the rest are null. */
public final class StagedRows {

    private StagedRows() {
    }

    @SafeVarargs
    public static Dataset<Row> of(SparkSession spark, SourceKind kind, Map<String, Object>... rows) {
        StructType schema = SparkSchemas.of(StagingColumns.of(kind));
        List<Row> result = new ArrayList<>();
        long line = 2;
        for (Map<String, Object> values : rows) {
            for (String column : values.keySet()) {
                schema.fieldIndex(column);
            }
            Object[] cells = new Object[schema.size()];
            for (int i = 0; i < schema.size(); i++) {
                String name = schema.fields()[i].name();
                cells[i] = values.containsKey(name) ? values.get(name) : defaultValue(name, kind, line);
            }
            result.add(RowFactory.create(cells));
            line++;
        }
        return spark.createDataFrame(result, schema);
    }

    private static Object defaultValue(String column, SourceKind kind, long line) {
        return switch (column) {
            case "id_no_valid", "employer_uscc_valid", "training_org_code_valid" -> Boolean.TRUE;
            case StagingColumns.SOURCE_FILE -> kind.id() + ".csv";
            case StagingColumns.SOURCE_LINE, StagingColumns.ROW_ID -> line;
            default -> null;
        };
    }
}
