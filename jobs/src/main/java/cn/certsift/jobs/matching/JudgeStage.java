package cn.certsift.jobs.matching;

import cn.certsift.common.finding.DataQualityNote;
import cn.certsift.common.finding.Finding;
import cn.certsift.common.finding.RosterJudge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Stage: runs the domain's {@link RosterJudge} on every roster case, emitting one row per finding and
 * per data-quality note ({@link JudgementColumns}). The rules themselves live in common, free of Spark.
 */
public final class JudgeStage {

    private JudgeStage() {
    }

    public static Dataset<Row> judge(Dataset<Row> cases, RosterJudge judge, LocalDate runDate) {
        return cases.flatMap(new JudgeRows(judge, runDate), Encoders.row(JudgementColumns.SCHEMA));
    }

    private static final class JudgeRows implements FlatMapFunction<Row, Row> {
        private final RosterJudge judge;
        private final LocalDate runDate;
        private transient CaseRows caseRows;

        JudgeRows(RosterJudge judge, LocalDate runDate) {
            this.judge = judge;
            this.runDate = runDate;
        }

        @Override
        public Iterator<Row> call(Row caseRow) {
            if (caseRows == null) {
                caseRows = new CaseRows(caseRow.schema());
            }
            RosterJudge.Judgement judgement = judge.judge(caseRows.toCase(caseRow), runDate);
            if (judgement.findings().isEmpty() && judgement.notes().isEmpty()) {
                return Collections.emptyIterator();
            }
            Object[] roster = JudgementColumns.ROSTER_FIELDS.stream().map(caseRow::getAs).toArray();
            String file = caseRow.getAs("source_file");
            Long line = caseRow.getAs("source_line");
            List<Row> rows = new ArrayList<>();
            for (Finding f : judgement.findings()) {
                rows.add(RowFactory.create(JudgementColumns.FINDING, f.findingId(), f.code(), f.chineseName(),
                        f.severity().label(), roster[0], roster[1], roster[2], roster[3], roster[4], roster[5], roster[6],
                        f.matchedDepartment() == null ? null : f.matchedDepartment().name(), f.matchedCertNo(), f.evidence(),
                        null, null, file, line));
            }
            for (DataQualityNote note : judgement.notes()) {
                rows.add(RowFactory.create(JudgementColumns.NOTE, null, null, null, null, roster[0], roster[1], roster[2],
                        null, null, roster[5], null, null, null, null, note.kind().name(), note.detail(), file, line));
            }
            return rows.iterator();
        }
    }
}
