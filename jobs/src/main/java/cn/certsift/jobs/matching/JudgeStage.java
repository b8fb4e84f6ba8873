package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.col;

import cn.certsift.common.finding.DataQualityNote;
import cn.certsift.common.finding.Finding;
import cn.certsift.common.finding.RosterJudge;
import cn.certsift.common.roster.RosterCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Stage: runs the domain's {@link RosterJudge} on every roster case, emitting one row per finding and
 * per data-quality note ({@link JudgementColumns}). The current roster rows and the registry rows of
 * {@link RegistryFacts} are brought together by case group — the roster rows that record one number, or
 * a roster row without one — both sides sorted by it and merged, so a number's registry rows travel once
 * however many rosters record it, and what the rosters say about a number (who else records it, which
 * employers) is counted within its group, with no other pass over the roster. The rules themselves live
 * in common, free of Spark.
 * <p>
 * A group's rows are held in memory together, about a kilobyte per roster row: a "number" that very many
 * rows record (a placeholder typed into the number column on hundreds of thousands of rows) makes one
 * large group for one task.
 */
public final class JudgeStage {

    /** Evidence names at most this many employers. */
    private static final int EMPLOYERS_IN_EVIDENCE = 5;

    private JudgeStage() {
    }

    public static Dataset<Row> judge(Dataset<Row> currentRoster, Dataset<Row> facts, RosterJudge judge, LocalDate runDate) {
        Dataset<Row> roster = RegistryFacts.withCaseGroup(currentRoster);
        KeyValueGroupedDataset<Long, Row> rosterRows = roster.groupBy(col(RegistryFacts.CASE_GROUP))
                .as(Encoders.LONG(), Encoders.row(roster.schema()));
        KeyValueGroupedDataset<Long, Row> reached = facts.groupBy(col(RegistryFacts.CASE_GROUP))
                .as(Encoders.LONG(), Encoders.row(facts.schema()));
        return rosterRows.cogroup(reached, new JudgeCases(judge, runDate, roster.schema(), facts.schema()),
                Encoders.row(JudgementColumns.SCHEMA));
    }

    private static final class JudgeCases implements CoGroupFunction<Long, Row, Row, Row> {
        private final RosterJudge judge;
        private final LocalDate runDate;
        private final StructType rosterSchema;
        private final StructType factSchema;
        private transient CaseRows caseRows;

        JudgeCases(RosterJudge judge, LocalDate runDate, StructType rosterSchema, StructType factSchema) {
            this.judge = judge;
            this.runDate = runDate;
            this.rosterSchema = rosterSchema;
            this.factSchema = factSchema;
        }

        @Override
        public Iterator<Row> call(Long group, Iterator<Row> rosterRows, Iterator<Row> facts) {
            if (caseRows == null) {
                caseRows = new CaseRows(rosterSchema, factSchema);
            }
            List<Row> roster = new ArrayList<>(1);
            rosterRows.forEachRemaining(roster::add);
            List<Row> reached = new ArrayList<>();
            facts.forEachRemaining(reached::add);
            List<RosterCase> cases = caseRows.toCases(roster, reached, EMPLOYERS_IN_EVIDENCE);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                judge(roster.get(i), cases.get(i), rows);
            }
            return rows.iterator();
        }

        private void judge(Row caseRow, RosterCase rosterCase, List<Row> rows) {
            RosterJudge.Judgement judgement = judge.judge(rosterCase, runDate);
            if (judgement.findings().isEmpty() && judgement.notes().isEmpty()) {
                return;
            }
            Object[] roster = JudgementColumns.ROSTER_FIELDS.stream().map(caseRow::getAs).toArray();
            String file = caseRow.getAs("source_file");
            Long line = caseRow.getAs("source_line");
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
        }
    }
}
