package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.atLeast;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.flag;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.passed;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
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

    /** @param trainees {@link Trainees#of} the people of the institutions */
    static Dataset<Row> signals(Dataset<Row> records, Dataset<Row> trainees, InstitutionSettings.Measures measures) {
        return passRate(records, measures)
                .join(sameScores(records, measures), CODE, "full")
                .join(distantTrainees(trainees, measures), CODE, "full")
                .join(sharedPhones(trainees, measures), CODE, "full");
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

    private static Dataset<Row> distantTrainees(Dataset<Row> trainees, InstitutionSettings.Measures measures) {
        return share(trainees.filter(length(col("id_no")).isin(15, 18)),
                flag(substring(col("id_no"), 1, 2).notEqual(col("org_province"))), measures, InstitutionSignal.DISTANT_TRAINEES);
    }

    private static Dataset<Row> sharedPhones(Dataset<Row> trainees, InstitutionSettings.Measures measures) {
        return share(trainees.filter(col("has_phone").equalTo(1.0).and(col("id_no").isNotNull())), col("shared_phone"),
                measures, InstitutionSignal.SHARED_PHONES);
    }

    /** The share of the trainees for whom the value is 1, when there are enough trainees. */
    private static Dataset<Row> share(Dataset<Row> trainees, Column value, InstitutionSettings.Measures measures,
                                      InstitutionSignal signal) {
        return trainees.groupBy(CODE).agg(count(lit(1)).as("trainees"), avg(value).as("share"))
                .select(col(CODE), atLeast(col("trainees"), measures.minRecords(), col("share")).as(signal.column()));
    }
}
