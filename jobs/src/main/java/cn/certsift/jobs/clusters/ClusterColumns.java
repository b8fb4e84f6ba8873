package cn.certsift.jobs.clusters;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of {@code clusters/} and {@code clusters.csv}, one row per supply-chain cluster, and of the
 * membership layer (finding id → cluster id). Members are arrays in Parquet and '；'-joined in the CSV.
 */
public final class ClusterColumns {

    public static final String CLUSTER_ID = "cluster_id";
    public static final String FINDING_ID = "finding_id";
    public static final String SEPARATOR = "；";

    public static final List<String> OUTPUT = List.of(CLUSTER_ID, "size", "finding_codes", "finding_ids", "employers",
            "institutions", "phone_numbers", "links", "summary");

    /** size: findings in the cluster; finding_codes: {@code CERT_SHARED×3；HOLDER_MISMATCH×1}; links: what joins them. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
            field(CLUSTER_ID, DataTypes.StringType), field("size", DataTypes.LongType), field("finding_codes", DataTypes.StringType),
            list("finding_ids"), list("employers"), list("institutions"), list("phone_numbers"), list("links"),
            field("summary", DataTypes.StringType)});

    public static final StructType MEMBERSHIP = new StructType(new StructField[] {
            field(FINDING_ID, DataTypes.StringType), field(CLUSTER_ID, DataTypes.StringType)});

    private static final List<String> LISTS = List.of("finding_ids", "employers", "institutions", "phone_numbers", "links");

    private ClusterColumns() {
    }

    /** The one order in which clusters are written: largest first, then by id, so outputs repeat byte for byte. */
    public static Column[] order() {
        return new Column[] {col("size").desc(), col(CLUSTER_ID)};
    }

    /** The clusters as {@code clusters.csv} holds them: every member list joined with {@value #SEPARATOR}. */
    public static Dataset<Row> forCsv(Dataset<Row> clusters) {
        return clusters.select(OUTPUT.stream()
                .map(name -> LISTS.contains(name) ? array_join(col(name), SEPARATOR).as(name) : col(name))
                .toArray(Column[]::new));
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField list(String name) {
        return field(name, DataTypes.createArrayType(DataTypes.StringType, false));
    }
}
