package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.atLeast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.median;

import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.InstitutionSignal;

import java.time.LocalDate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The volume spike of an institution: over the months of the window before the run date in which it
 * trained anyone (by exam month, else start month), its busiest month's distinct trainees over its
 * median month's. A steady institution stays near 1–3; one that pushed a batch through in one month
 * stands far above.
 */
final class VolumeSpike {

    private VolumeSpike() {
    }

    /** @param people {@link InstitutionPeople#of} the records and registries */
    static Dataset<Row> signal(Dataset<Row> people, LocalDate runDate, InstitutionSettings.Measures measures) {
        LocalDate from = runDate.minusMonths(measures.spikeWindowMonths()).withDayOfMonth(1);
        Dataset<Row> months = people.filter(col("record").and(col("month").geq(lit(from))).and(col("month").leq(lit(runDate))))
                .groupBy(CODE, "month").agg(countDistinct("id_no").as("trainees"));
        return months.groupBy(CODE)
                .agg(count(lit(1)).as("months"), max("trainees").as("busiest"), median(col("trainees")).as("usual"))
                .select(col(CODE), atLeast(col("months"), measures.minActiveMonths(), col("busiest").divide(col("usual")))
                        .as(InstitutionSignal.VOLUME_SPIKE.column()));
    }
}
