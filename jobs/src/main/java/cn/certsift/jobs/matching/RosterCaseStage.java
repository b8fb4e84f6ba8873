package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import cn.certsift.jobs.ingest.StagingColumns;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Stage: one row per current roster row with the registry facts the rules need, gathered by equi-joins
 * (no cross join, no per-row lookup, nothing collected to the driver):
 * <ul>
 *   <li>{@code recorded}: registry rows under the recorded certificate number, any department;</li>
 *   <li>{@code held}: registry rows under the row's ID number — also the typo candidates, blocked on the person;</li>
 *   <li>{@code persons_sharing}, {@code sharing_employers}: how many ID numbers the rosters record this number for;</li>
 *   <li>{@code employers_of_person}, {@code employer_names_of_person}: how many employers list this person with this number.</li>
 * </ul>
 * The registry is read once: each registry row probes the roster's keys twice, with its number and
 * with its holder's ID, and only matching pairs are shuffled and gathered per roster row. The roster's
 * keys are broadcast when the roster is small enough (a province's is), so the registry is never shuffled.
 */
public final class RosterCaseStage {

    /** Evidence names at most this many employers. */
    static final int EMPLOYERS_IN_EVIDENCE = 5;
    private static final String BY_NUMBER = "N";
    private static final String BY_PERSON = "P";

    private RosterCaseStage() {
    }

    public static Dataset<Row> build(Dataset<Row> currentRoster, Dataset<Row> certificates, boolean broadcastRosterKeys) {
        Dataset<Row> keys = currentRoster.filter(col("cert_no").isNotNull())
                .select(col(StagingColumns.ROW_ID).as("k_row"), lit(BY_NUMBER).as("k_kind"), col("cert_no").as("k_key"))
                .unionByName(currentRoster.select(col(StagingColumns.ROW_ID).as("k_row"), lit(BY_PERSON).as("k_kind"),
                        col("id_no").as("k_key")));
        Column[] certificateColumns = RegistryCertificates.COLUMNS.stream().map(name -> col(name)).toArray(Column[]::new);
        Dataset<Row> probes = certificates.select(explode(array(
                        struct(lit(BY_NUMBER).as("kind"), col("cert_no").as("key")),
                        struct(lit(BY_PERSON).as("kind"), col("id_no").as("key")))).as("probe"), col("*"))
                .select(col("probe.kind").as("kind"), col("probe.key").as("key"), col("*"));
        Dataset<Row> facts = probes
                .join(broadcastRosterKeys ? broadcast(keys) : keys,
                        col("kind").equalTo(col("k_kind")).and(col("key").equalTo(col("k_key"))))
                .select(col("k_row"), col("kind"), struct(certificateColumns).as("certificate"))
                .groupBy("k_row")
                .agg(collect_list(when(col("kind").equalTo(BY_NUMBER), col("certificate"))).as("recorded"),
                        collect_list(when(col("kind").equalTo(BY_PERSON), col("certificate"))).as("held"));
        return withRosterCounts(currentRoster)
                .join(facts, col(StagingColumns.ROW_ID).equalTo(col("k_row")), "left")
                .drop("k_row");
    }

    /**
     * How many persons the rosters record each number for, and how many employers list each person with
     * it: windows over the rows with a number, which share one exchange (partitioning by the number also
     * groups number and person together).
     */
    private static Dataset<Row> withRosterCounts(Dataset<Row> currentRoster) {
        WindowSpec byNumber = Window.partitionBy("cert_no");
        WindowSpec byNumberAndPerson = Window.partitionBy("cert_no", "id_no");
        Dataset<Row> withNumber = currentRoster.filter(col("cert_no").isNotNull())
                .withColumn("persons_sharing", size(collect_set(col("id_no")).over(byNumber)).cast("long"))
                .withColumn("sharing_employers", slice(sort_array(collect_set(col("employer_name")).over(byNumber)), 1,
                        EMPLOYERS_IN_EVIDENCE))
                .withColumn("employers_of_person", size(collect_set(col("employer_uscc")).over(byNumberAndPerson)).cast("long"))
                .withColumn("employer_names_of_person", slice(sort_array(collect_set(col("employer_name")).over(byNumberAndPerson)),
                        1, EMPLOYERS_IN_EVIDENCE));
        Dataset<Row> withoutNumber = currentRoster.filter(col("cert_no").isNull())
                .withColumn("persons_sharing", lit(0L))
                .withColumn("sharing_employers", lit(null).cast("array<string>"))
                .withColumn("employers_of_person", lit(0L))
                .withColumn("employer_names_of_person", lit(null).cast("array<string>"));
        return withNumber.unionByName(withoutNumber);
    }
}
