package cn.certsift.jobs.matching;

import cn.certsift.common.finding.RosterJudge;

import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The matching stages composed: current roster rows, their registry facts, and the judge's verdicts. */
public final class RosterMatching {

    private RosterMatching() {
    }

    /**
     * @param registries              the certificates of each department ({@link RegistryCertificates#departments})
     * @param broadcastRosterKeysUpTo the roster's keys are broadcast to the registry scan when the current
     *                                roster has at most this many rows, shuffled otherwise
     */
    public static Dataset<Row> judgements(List<Dataset<Row>> registries, Dataset<Row> roster, RosterJudge judge, LocalDate runDate,
                                          long broadcastRosterKeysUpTo) {
        Dataset<Row> current = CurrentRoster.of(roster, runDate);
        boolean broadcast = current.count() <= broadcastRosterKeysUpTo;
        return JudgeStage.judge(RosterCounts.of(current), RegistryFacts.of(current, registries, broadcast), judge, runDate);
    }
}
