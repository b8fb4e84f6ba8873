package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.flag;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.passed;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: one row per institution and trainee (ID number) of the training records, with what the trainee
 * signals and the registry signals ask of a trainee: {@code org_province} (the first two digits of the
 * institution's division code, else of the division in its credit code), {@code passed} (1 when any of
 * the trainee's exam results there is a pass), {@code has_phone} and {@code shared_phone} (1 when the
 * trainee gave a phone number at all, and one that several trainees gave). One pass over the records,
 * which are already partitioned by institution, so it needs no shuffle.
 */
final class Trainees {

    private Trainees() {
    }

    /** @param sharedPhones {@link SharedPhones#of} all training records */
    static Dataset<Row> of(Dataset<Row> records, Dataset<Row> sharedPhones) {
        Column orgProvince = coalesce(substring(col("org_division"), 1, 2), substring(col(CODE), 3, 2));
        return records.join(broadcast(sharedPhones), col("phone").equalTo(col(SharedPhones.PHONE)), "left")
                .groupBy(CODE, "id_no").agg(
                        first(orgProvince, true).as("org_province"),
                        max(flag(passed())).as("passed"),
                        max(flag(col("phone").isNotNull())).as("has_phone"),
                        max(flag(col(SharedPhones.PHONE).isNotNull())).as("shared_phone"));
    }
}
