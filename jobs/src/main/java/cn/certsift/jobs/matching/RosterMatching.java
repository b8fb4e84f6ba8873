package cn.certsift.jobs.matching;

import cn.certsift.common.finding.RosterJudge;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.ingest.SourceIngestion;
import cn.certsift.jobs.ingest.StagingColumns;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The matching stages composed: current roster rows, their registry facts, and the judge's verdicts. */
public final class RosterMatching {

    /**
     * The roster columns a case is judged on and a judgement names ({@link CaseRows},
     * {@link JudgementColumns}); the others (industry, employment, hire date, the columns the contract does
     * not name) are never shuffled to the judge.
     */
    static final List<String> JUDGED_COLUMNS = List.of(StagingColumns.ROW_ID, "employer_uscc", "employer_uscc_valid",
            "employer_name", "district", "name", "id_no", "id_no_valid", "post", "cert_no", "cert_category", "left_on",
            StagingColumns.SOURCE_FILE, StagingColumns.SOURCE_LINE);

    private static final Logger log = LoggerFactory.getLogger(RosterMatching.class);

    private RosterMatching() {
    }

    /**
     * The judgements of a run's staging layer. The roster's keys are broadcast when its ingest report
     * counts at most {@code broadcastRosterKeysUpTo} roster rows (current or not), so no Spark job is spent
     * counting them.
     */
    public static Dataset<Row> judgements(SparkSession spark, RunFolders run, RosterJudge judge, LocalDate runDate,
                                          long broadcastRosterKeysUpTo) throws IOException {
        long rosterRows = SourceIngestion.readReport(run.ingestReport(SourceKind.ROSTER)).accepted();
        boolean broadcast = rosterRows <= broadcastRosterKeysUpTo;
        log.info("matching: {} roster rows, their keys {}", rosterRows, broadcast ? "broadcast to the registry scans"
                : "shuffled with the registries (more than certsift.matching.broadcast-roster-keys-up-to)");
        return judgements(StagingLayer.registryDepartments(spark, run), StagingLayer.read(spark, run, SourceKind.ROSTER), judge,
                runDate, broadcast);
    }

    /**
     * @param registries          the certificates of each department ({@link RegistryCertificates#departments})
     * @param broadcastRosterKeys true: the roster's keys are broadcast to the registry scan (a roster that
     *                            fits in memory); false: both sides are shuffled
     */
    public static Dataset<Row> judgements(List<Dataset<Row>> registries, Dataset<Row> roster, RosterJudge judge, LocalDate runDate,
                                          boolean broadcastRosterKeys) {
        Dataset<Row> current = CurrentRoster.of(roster, runDate)
                .select(JUDGED_COLUMNS.stream().map(functions::col).toArray(Column[]::new));
        return JudgeStage.judge(current, RegistryFacts.of(current, registries, broadcastRosterKeys), judge, runDate);
    }
}
