package cn.certsift.jobs.institutions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: the phone numbers that at least so many distinct trainees gave in the training records (an
 * agent or an institution registering people under its own number). Few next to the records, so
 * callers broadcast them. Columns {@value #PHONE} and {@value #TRAINEES}.
 */
public final class SharedPhones {

    public static final String PHONE = "shared_phone";
    public static final String TRAINEES = "phone_trainees";

    private SharedPhones() {
    }

    public static Dataset<Row> of(Dataset<Row> training, int minTrainees) {
        return training.filter(col("phone").isNotNull().and(col("id_no").isNotNull()))
                .groupBy(col("phone").as(PHONE)).agg(count_distinct(col("id_no")).as(TRAINEES))
                .filter(col(TRAINEES).geq(minTrainees));
    }
}
