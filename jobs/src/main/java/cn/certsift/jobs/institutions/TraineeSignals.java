package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.atLeast;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.flag;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.passed;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.InstitutionSignal;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The signals of an institution's trainees: the pass rate of its exam results, the share of scored
 * trainees whose theory score is the most common score of their category at the institution (classes
 * in the records are often too small to tell chance from a pattern, so a category's classes are
 * pooled: honest scores spread over twenty values, copied ones repeat one), the share of trainees whose ID number
 * was issued outside the institution's province, and the share whose phone number several trainees gave.
 */
final class TraineeSignals {

    private TraineeSignals() {
    }

    static Dataset<Row> signals(Dataset<Row> records, InstitutionSettings.Measures measures) {
        return passRate(records, measures)
                .join(sameScores(records, measures), CODE, "full")
                .join(distantTrainees(records, measures), CODE, "full")
                .join(sharedPhones(records, measures), CODE, "full");
    }

    private static Dataset<Row> passRate(Dataset<Row> records, InstitutionSettings.Measures measures) {
        Column hasResult = col("passed").isNotNull();
        return records.groupBy(CODE)
                .agg(count(when(hasResult, lit(1))).as("results"), avg(when(hasResult, flag(passed()))).as("rate"))
                .select(col(CODE), atLeast(col("results"), measures.minRecords(), col("rate"))
                        .as(InstitutionSignal.PASS_RATE_HIGH.column()));
    }

    private static Dataset<Row> sameScores(Dataset<Row> records, InstitutionSettings.Measures measures) {
        Dataset<Row> perScore = records.filter(col("theory_score").isNotNull())
                .groupBy(CODE, "category", "theory_score").agg(count(lit(1)).as("trainees"));
        Dataset<Row> perCategory = perScore.groupBy(CODE, "category")
                .agg(sum("trainees").as("scored"), max("trainees").as("modal"))
                .filter(col("scored").geq(measures.minScoredPerCategory()));
        return perCategory.groupBy(CODE).agg(sum("scored").as("scored"), sum("modal").as("modal"))
                .select(col(CODE), atLeast(col("scored"), measures.minRecords(), col("modal").divide(col("scored")))
                        .as(InstitutionSignal.SCORES_UNIFORM.column()));
    }

    /** The province is the first two digits of the institution's division code, else of the division in its credit code. */
    private static Dataset<Row> distantTrainees(Dataset<Row> records, InstitutionSettings.Measures measures) {
        Column orgProvince = coalesce(substring(col("org_division"), 1, 2), substring(col(CODE), 3, 2));
        Dataset<Row> trainees = records.filter(length(col("id_no")).isin(15, 18))
                .groupBy(CODE, "id_no").agg(first(orgProvince, true).as("org_province"))
                .withColumn("distant", flag(substring(col("id_no"), 1, 2).notEqual(col("org_province"))));
        return trainees.groupBy(CODE).agg(count(lit(1)).as("trainees"), avg("distant").as("share"))
                .select(col(CODE), atLeast(col("trainees"), measures.minRecords(), col("share"))
                        .as(InstitutionSignal.DISTANT_TRAINEES.column()));
    }

    private static Dataset<Row> sharedPhones(Dataset<Row> records, InstitutionSettings.Measures measures) {
        Dataset<Row> shared = broadcast(SharedPhones.of(records, measures.sharedPhoneTrainees()));
        Dataset<Row> trainees = records.filter(col("phone").isNotNull().and(col("id_no").isNotNull()))
                .join(shared, col("phone").equalTo(col(SharedPhones.PHONE)), "left")
                .groupBy(CODE, "id_no").agg(max(flag(col(SharedPhones.PHONE).isNotNull())).as("shared"));
        return trainees.groupBy(CODE).agg(count(lit(1)).as("trainees"), avg("shared").as("share"))
                .select(col(CODE), atLeast(col("trainees"), measures.minRecords(), col("share"))
                        .as(InstitutionSignal.SHARED_PHONES.column()));
    }
}
