package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: one row per current roster row with the registry facts the rules need, gathered by equi-joins
 * (no cross join, no per-row lookup, nothing collected to the driver):
 * <ul>
 *   <li>{@code recorded}: registry rows under the recorded certificate number, any department;</li>
 *   <li>{@code held}: registry rows under the row's ID number — also the typo candidates, blocked on the person;</li>
 *   <li>{@code persons_sharing}, {@code sharing_employers}: how many ID numbers the rosters record this number for;</li>
 *   <li>{@code employers_of_person}, {@code employer_names_of_person}: how many employers list this person with this number.</li>
 * </ul>
 */
public final class RosterCaseStage {

    /** Evidence names at most this many employers. */
    static final int EMPLOYERS_IN_EVIDENCE = 5;

    private RosterCaseStage() {
    }

    public static Dataset<Row> build(Dataset<Row> currentRoster, Dataset<Row> certificates) {
        Column certificate = struct(RegistryCertificates.COLUMNS.stream().map(name -> col(name)).toArray(Column[]::new));
        Dataset<Row> byNumber = certificates.groupBy(col("cert_no").as("r_cert_no"))
                .agg(collect_list(certificate).as("recorded"));
        Dataset<Row> byPerson = certificates.groupBy(col("id_no").as("h_id_no"))
                .agg(collect_list(certificate).as("held"));
        Dataset<Row> withNumber = currentRoster.filter(col("cert_no").isNotNull());
        Dataset<Row> sharing = withNumber.groupBy(col("cert_no").as("s_cert_no"))
                .agg(count_distinct(col("id_no")).as("persons_sharing"),
                        slice(sort_array(collect_set(col("employer_name"))), 1, EMPLOYERS_IN_EVIDENCE).as("sharing_employers"));
        Dataset<Row> employers = withNumber.groupBy(col("id_no").as("m_id_no"), col("cert_no").as("m_cert_no"))
                .agg(count_distinct(col("employer_uscc")).as("employers_of_person"),
                        slice(sort_array(collect_set(col("employer_name"))), 1, EMPLOYERS_IN_EVIDENCE).as("employer_names_of_person"));
        return currentRoster
                .join(byNumber, col("cert_no").equalTo(col("r_cert_no")), "left")
                .join(byPerson, col("id_no").equalTo(col("h_id_no")), "left")
                .join(sharing, col("cert_no").equalTo(col("s_cert_no")), "left")
                .join(employers, col("id_no").equalTo(col("m_id_no")).and(col("cert_no").equalTo(col("m_cert_no"))), "left")
                .withColumn("persons_sharing", coalesce(col("persons_sharing"), lit(0L)))
                .withColumn("employers_of_person", coalesce(col("employers_of_person"), lit(0L)))
                .drop("r_cert_no", "h_id_no", "s_cert_no", "m_id_no", "m_cert_no");
    }
}
