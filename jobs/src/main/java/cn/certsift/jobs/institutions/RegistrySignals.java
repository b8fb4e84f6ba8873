package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.atLeast;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.flag;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.passed;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

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
     * @param named        the registry certificates that name an institution
     * @param certificates all registry certificates: a graduate's certificate that names no institution
     *                     still tells whose it is
     */
    static Dataset<Row> signals(Dataset<Row> records, Dataset<Row> named, Dataset<Row> certificates, Dataset<Row> findings,
                                InstitutionSettings.Measures measures) {
        return certificatesWithoutRecord(records, named, measures)
                .join(flaggedGraduates(records, named, certificates, findings, measures), CODE, "full");
    }

    private static Dataset<Row> certificatesWithoutRecord(Dataset<Row> records, Dataset<Row> named,
                                                          InstitutionSettings.Measures measures) {
        Dataset<Row> certificates = named.select(CODE, "cert_no", "id_no").dropDuplicates(CODE, "cert_no");
        Dataset<Row> recordedNumbers = records.filter(col("cert_no").isNotNull())
                .select(col(CODE), col("cert_no"), lit(true).as("number_recorded")).dropDuplicates(CODE, "cert_no");
        Dataset<Row> recordedHolders = records.select(col(CODE), col("id_no"), lit(true).as("holder_recorded"))
                .dropDuplicates(CODE, "id_no");
        return certificates.join(recordedNumbers, new String[] {CODE, "cert_no"}, "left")
                .join(recordedHolders, new String[] {CODE, "id_no"}, "left")
                .groupBy(CODE).agg(count(lit(1)).as("certificates"),
                        avg(flag(col("number_recorded").isNull().and(col("holder_recorded").isNull()))).as("share"))
                .select(col(CODE), atLeast(col("certificates"), measures.minCertificates(), col("share"))
                        .as(InstitutionSignal.MISSING_RECORDS.column()));
    }

    private static Dataset<Row> flaggedGraduates(Dataset<Row> records, Dataset<Row> named, Dataset<Row> certificates,
                                                 Dataset<Row> findings, InstitutionSettings.Measures measures) {
        Dataset<Row> graduates = named.select(CODE, "id_no").union(records.filter(passed()).select(CODE, "id_no"))
                .filter(col("id_no").isNotNull()).distinct();
        Dataset<Row> flagging = findings.filter(col("finding_code").isin(measures.flaggingCodes().toArray()));
        Dataset<Row> holders = certificates.select(col("cert_no").as("matched_cert_no"), col("id_no").as("holder_id_no")).distinct();
        Dataset<Row> flaggedIds = flagging.select(col("id_no"))
                .union(broadcast(flagging).join(holders, "matched_cert_no").select(col("holder_id_no").as("id_no")))
                .filter(col("id_no").isNotNull()).distinct()
                .withColumn("flagged", lit(true));
        return graduates.join(flaggedIds, "id_no", "left")
                .groupBy(CODE).agg(count(lit(1)).as("graduates"), avg(flag(col("flagged").isNotNull())).as("share"))
                .select(col(CODE), atLeast(col("graduates"), measures.minRecords(), col("share"))
                        .as(InstitutionSignal.FLAGGED_GRADUATES.column()));
    }
}
