package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: one row per institution and trainee (ID number) of the training records: {@code passed},
 * {@code has_phone} and {@code shared_phone} (1 when any of the trainee's records there says so), and
 * {@code org_province}, the institution's province (the first two digits of its division code, else of the
 * division in its credit code; the first in sort order should its records give several). Grouped from
 * {@link InstitutionPeople}, without a shuffle.
 */
final class Trainees {

    private Trainees() {
    }

    /** @param records the training records that name an institution */
    static Dataset<Row> of(Dataset<Row> people, Dataset<Row> records) {
        return people.filter(col("record"))
                .groupBy(CODE, "id_no").agg(max("passed").as("passed"), max("has_phone").as("has_phone"),
                        max("shared_phone").as("shared_phone"))
                .join(broadcast(provinces(records)), CODE, "left");
    }

    private static Dataset<Row> provinces(Dataset<Row> records) {
        return InstitutionSignalsStage.smallest(records, coalesce(substring(col("org_division"), 1, 2), substring(col(CODE), 3, 2)),
                "org_province");
    }
}
