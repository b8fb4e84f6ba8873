package cn.certsift.jobs.clues;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Stage: one row per clue from its sightings. The same host or link reported several times, by several
 * offices or on several nights' files, is one clue: its best-scoring sighting (earliest seen on a tie)
 * speaks for it, and it gathers the count of sightings, the first date seen, the sources (up to
 * {@value #ORIGINS_IN_EVIDENCE}) and every contact found in any of them.
 */
public final class ClueSightings {

    static final int ORIGINS_IN_EVIDENCE = 5;

    private ClueSightings() {
    }

    public static Dataset<Row> of(Dataset<Row> screened) {
        Dataset<Row> best = screened
                .withColumn("rank", row_number().over(Window.partitionBy("clue_id")
                        .orderBy(col("score").desc(), col("seen_on").asc_nulls_last(), col("source_file"), col("source_line"))))
                .filter(col("rank").equalTo(1))
                .select("clue_id", "kind", "subject", "score", "evidence");
        Dataset<Row> gathered = screened.groupBy(col("clue_id").as("g_clue_id"))
                .agg(count(lit(1)).as("sightings"), min("seen_on").as("first_seen"),
                        slice(sort_array(collect_set("origin")), 1, ORIGINS_IN_EVIDENCE).as("origins"),
                        array_sort(array_distinct(flatten(collect_list("contacts")))).as("contacts"));
        return best.join(gathered, col("clue_id").equalTo(col("g_clue_id"))).drop("g_clue_id");
    }
}
