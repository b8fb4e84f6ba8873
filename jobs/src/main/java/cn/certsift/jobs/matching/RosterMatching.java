package cn.certsift.jobs.matching;

import cn.certsift.common.finding.RosterJudge;
import cn.certsift.jobs.ingest.StagingColumns;

import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

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

    private RosterMatching() {
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
