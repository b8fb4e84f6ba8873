package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.atLeast;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.flag;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.InstitutionSignal;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The signals that set an institution's training records against the registries and tonight's
 * findings: the share of registry certificates naming it with no training record behind them (neither
 * a record of that certificate number nor any record of its holder at the institution), and the share
 * of its graduates (holders of certificates naming it, and trainees who passed there) involved in a
 * finding that points to fakes or borrowing, as the certificate's registry holder or as the roster person.
 */
final class RegistrySignals {

    private RegistrySignals() {
    }

    /**
     * @param people       {@link InstitutionPeople#of} the records and registries
     * @param certificates all registry certificates: a graduate's certificate that names no institution
     *                     still tells whose it is
     */
    static Dataset<Row> signals(Dataset<Row> people, Dataset<Row> certificates, Dataset<Row> findings,
                                InstitutionSettings.Measures measures) {
        return certificatesWithoutRecord(people, measures)
                .join(flaggedGraduates(people, certificates, findings, measures), CODE, "full");
    }

    /**
     * A certificate (institution and number) has a record when one of its holders has a training record
     * there, or a record there names its number.
     */
    private static Dataset<Row> certificatesWithoutRecord(Dataset<Row> people, InstitutionSettings.Measures measures) {
        // The ID number's hash leads the window's keys so that the sort behind it compares numbers, not text.
        Column holderRecorded = max(flag(col("record"))).over(Window.partitionBy(xxhash64(col("id_no")), col(CODE), col("id_no")));
        return people.withColumn("holder_recorded", when(col("id_no").isNotNull(), holderRecorded).otherwise(lit(0.0)))
                .groupBy(CODE, "cert_no").agg(
                        max(flag(not(col("record")))).as("certificate"),
                        max(when(not(col("record")), col("holder_recorded"))).as("holder_recorded"),
                        max(flag(col("record").and(col("cert_no").isNotNull()))).as("number_recorded"))
                .filter(col("certificate").equalTo(1.0))
                .groupBy(CODE).agg(count(lit(1)).as("certificates"),
                        avg(flag(col("number_recorded").equalTo(0.0).and(col("holder_recorded").equalTo(0.0)))).as("share"))
                .select(col(CODE), atLeast(col("certificates"), measures.minCertificates(), col("share"))
                        .as(InstitutionSignal.MISSING_RECORDS.column()));
    }

    /** Graduates: holders of certificates naming the institution, and trainees who passed there. */
    private static Dataset<Row> flaggedGraduates(Dataset<Row> people, Dataset<Row> certificates, Dataset<Row> findings,
                                                 InstitutionSettings.Measures measures) {
        Dataset<Row> graduates = people.filter(col("id_no").isNotNull())
                .groupBy(CODE, "id_no").agg(max(flag(not(col("record")))).as("holder"), max("passed").as("passed"))
                .filter(col("holder").equalTo(1.0).or(col("passed").equalTo(1.0)));
        Dataset<Row> flagging = findings.filter(col("finding_code").isin(measures.flaggingCodes().toArray()));
        Dataset<Row> holders = certificates.join(broadcast(flagging.select("matched_cert_no").distinct()),
                col("cert_no").equalTo(col("matched_cert_no"))).select(col("id_no"));
        // Findings that point to fakes or borrowing are few next to the graduates: broadcast.
        Dataset<Row> flaggedIds = broadcast(flagging.select(col("id_no")).union(holders)
                .filter(col("id_no").isNotNull()).distinct()
                .withColumn("flagged", lit(true)));
        return graduates.join(flaggedIds, "id_no", "left")
                .groupBy(CODE).agg(count(lit(1)).as("graduates"), avg(flag(col("flagged").isNotNull())).as("share"))
                .select(col(CODE), atLeast(col("graduates"), measures.minRecords(), col("share"))
                        .as(InstitutionSignal.FLAGGED_GRADUATES.column()));
    }
}
