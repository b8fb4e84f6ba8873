package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Stage: the current roster rows with what the rosters say about their certificate number:
 * {@code persons_sharing}, {@code sharing_employers} (how many ID numbers the rosters record this number
 * for, and which employers), {@code employers_of_person}, {@code employer_names_of_person} (how many
 * employers list this person with this number). Windows over the rows with a number, which share one
 * exchange (partitioning by the number also groups number and person together).
 */
public final class RosterCounts {

    /** Evidence names at most this many employers. */
    private static final int EMPLOYERS_IN_EVIDENCE = 5;

    private RosterCounts() {
    }

    public static Dataset<Row> of(Dataset<Row> currentRoster) {
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
