package cn.certsift.jobs.matching;

import cn.certsift.common.finding.RosterJudge;

import java.time.LocalDate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The matching stages composed: current roster rows, their registry facts, and the judge's verdicts. */
public final class RosterMatching {

    private RosterMatching() {
    }

    public static Dataset<Row> judgements(Dataset<Row> certificates, Dataset<Row> roster, RosterJudge judge, LocalDate runDate) {
        return JudgeStage.judge(RosterCaseStage.build(CurrentRoster.of(roster, runDate), certificates), judge, runDate);
    }
}
