package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Stage: the status of each finding against the previous run. NEW: not open last time (never seen, or
 * resolved and back again), first seen tonight. OPEN: open last time, keeps its first_seen. RESOLVED:
 * open last time and gone tonight; reported once with last time's facts (and cluster, where the earlier
 * run had clusters), then dropped.
 */
public final class FindingStatusStage {

    private static final String CLUSTER_ID = "cluster_id";

    private FindingStatusStage() {
    }

    public static Dataset<Row> track(Dataset<Row> current, Optional<Dataset<Row>> previous, LocalDate runDate) {
        if (previous.isEmpty()) {
            return current.withColumn("status", lit(FindingColumns.NEW)).withColumn("first_seen", lit(runDate))
                    .select(contractColumns());
        }
        Dataset<Row> earlierRun = Arrays.asList(previous.get().columns()).contains(CLUSTER_ID) ? previous.get()
                : previous.get().withColumn(CLUSTER_ID, lit(null).cast(DataTypes.StringType));
        Dataset<Row> open = earlierRun.filter(col("status").isin(FindingColumns.NEW, FindingColumns.OPEN));
        Dataset<Row> earlier = open.select(col("finding_id").as("p_finding_id"), col("first_seen").as("p_first_seen"));
        Dataset<Row> tonight = current.join(earlier, col("finding_id").equalTo(col("p_finding_id")), "left")
                .withColumn("status", when(col("p_finding_id").isNull(), lit(FindingColumns.NEW)).otherwise(lit(FindingColumns.OPEN)))
                .withColumn("first_seen", coalesce(col("p_first_seen"), lit(runDate)))
                .select(contractColumns());
        Dataset<Row> resolved = open.join(current.select(col("finding_id").as("c_finding_id")),
                        col("finding_id").equalTo(col("c_finding_id")), "left_anti")
                .withColumn("status", lit(FindingColumns.RESOLVED))
                .withColumn("run_date", lit(runDate))
                .select(contractColumns());
        return tonight.unionByName(resolved);
    }

    private static Column[] contractColumns() {
        return FindingColumns.CONTRACT.stream().map(name -> col(name)).toArray(Column[]::new);
    }
}
