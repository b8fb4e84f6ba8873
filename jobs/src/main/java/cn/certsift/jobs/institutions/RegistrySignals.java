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

import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.InstitutionSignal;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
     * @param named        the registry certificates that name an institution, partitioned by institution as the
     *                     records are
     * @param trainees     {@link Trainees#of} the records
     * @param certificates all registry certificates: a graduate's certificate that names no institution
     *                     still tells whose it is
     */
    static Dataset<Row> signals(Dataset<Row> records, Dataset<Row> named, Dataset<Row> trainees, Dataset<Row> certificates,
                                Dataset<Row> findings, InstitutionSettings.Measures measures) {
        Dataset<Row> people = named.groupBy(CODE, "id_no").agg(lit(true).as("holder"))
                .join(trainees.select(col(CODE), col("id_no"), lit(true).as("recorded"), col("passed")), new String[] {CODE, "id_no"},
                        "full");
        return certificatesWithoutRecord(records, named, people, measures)
                .join(flaggedGraduates(people, certificates, findings, measures), CODE, "full");
    }

    /** A certificate (institution and number) has a record when any of its holders or its number is in the records there. */
    private static Dataset<Row> certificatesWithoutRecord(Dataset<Row> records, Dataset<Row> named, Dataset<Row> people,
                                                          InstitutionSettings.Measures measures) {
        Dataset<Row> recordedNumbers = records.filter(col("cert_no").isNotNull())
                .groupBy(CODE, "cert_no").agg(lit(true).as("number_recorded"));
        return named.join(people.filter(col("recorded")).select(CODE, "id_no", "recorded"), new String[] {CODE, "id_no"}, "left")
                .groupBy(CODE, "cert_no").agg(max(flag(col("recorded").isNotNull())).as("holder_recorded"))
                .join(recordedNumbers, new String[] {CODE, "cert_no"}, "left")
                .groupBy(CODE).agg(count(lit(1)).as("certificates"),
                        avg(flag(col("number_recorded").isNull().and(col("holder_recorded").equalTo(0.0)))).as("share"))
                .select(col(CODE), atLeast(col("certificates"), measures.minCertificates(), col("share"))
                        .as(InstitutionSignal.MISSING_RECORDS.column()));
    }

    /** Graduates: holders of certificates naming the institution, and trainees who passed there. */
    private static Dataset<Row> flaggedGraduates(Dataset<Row> people, Dataset<Row> certificates, Dataset<Row> findings,
                                                 InstitutionSettings.Measures measures) {
        Dataset<Row> graduates = people.filter(col("id_no").isNotNull()
                .and(col("holder").isNotNull().or(col("passed").equalTo(1.0))));
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
