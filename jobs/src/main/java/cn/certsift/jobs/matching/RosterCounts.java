package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Stage: the current roster rows with what the rosters say about their certificate number:
 * {@code persons_sharing}, {@code sharing_employers} (how many ID numbers the rosters record this number
 * for, and which employers), {@code employers_of_person}, {@code employer_names_of_person} (how many
 * employers list this person with this number). Most numbers are on one roster row only: their counts
 * come from the row itself, and only the rows of numbers that several rows give are gathered, by windows
 * that share one exchange (partitioning by the number also groups number and person together).
 */
public final class RosterCounts {

    /** Evidence names at most this many employers. */
    private static final int EMPLOYERS_IN_EVIDENCE = 5;

    private RosterCounts() {
    }

    public static Dataset<Row> of(Dataset<Row> currentRoster) {
        Dataset<Row> withNumber = currentRoster.filter(col("cert_no").isNotNull());
        // Numbers on several rows are few next to the roster: broadcast.
        Dataset<Row> repeated = broadcast(withNumber.groupBy(col("cert_no").as("repeated_no")).count()
                .filter(col("count").geq(2)).select("repeated_no"));
        Dataset<Row> flagged = withNumber.join(repeated, col("cert_no").equalTo(col("repeated_no")), "left");
        WindowSpec byNumber = Window.partitionBy("cert_no");
        WindowSpec byNumberAndPerson = Window.partitionBy("cert_no", "id_no");
        Dataset<Row> shared = flagged.filter(col("repeated_no").isNotNull()).drop("repeated_no")
                .withColumn("persons_sharing", size(collect_set(col("id_no")).over(byNumber)).cast("long"))
                .withColumn("sharing_employers", slice(sort_array(collect_set(col("employer_name")).over(byNumber)), 1,
                        EMPLOYERS_IN_EVIDENCE))
                .withColumn("employers_of_person", size(collect_set(col("employer_uscc")).over(byNumberAndPerson)).cast("long"))
                .withColumn("employer_names_of_person", slice(sort_array(collect_set(col("employer_name")).over(byNumberAndPerson)),
                        1, EMPLOYERS_IN_EVIDENCE));
        // What the windows give for a number on this row alone (a set of one value, or empty when it is blank).
        Dataset<Row> alone = flagged.filter(col("repeated_no").isNull()).drop("repeated_no")
                .withColumn("persons_sharing", when(col("id_no").isNull(), lit(0L)).otherwise(lit(1L)))
                .withColumn("sharing_employers", ownEmployerName())
                .withColumn("employers_of_person", when(col("employer_uscc").isNull(), lit(0L)).otherwise(lit(1L)))
                .withColumn("employer_names_of_person", ownEmployerName());
        Dataset<Row> withoutNumber = currentRoster.filter(col("cert_no").isNull())
                .withColumn("persons_sharing", lit(0L))
                .withColumn("sharing_employers", lit(null).cast("array<string>"))
                .withColumn("employers_of_person", lit(0L))
                .withColumn("employer_names_of_person", lit(null).cast("array<string>"));
        return shared.unionByName(alone).unionByName(withoutNumber);
    }

    private static Column ownEmployerName() {
        return when(col("employer_name").isNull(), array().cast("array<string>")).otherwise(array(col("employer_name")));
    }
}
