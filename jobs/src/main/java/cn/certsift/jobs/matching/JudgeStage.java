package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.col;

import cn.certsift.common.finding.DataQualityNote;
import cn.certsift.common.finding.Finding;
import cn.certsift.common.finding.RosterJudge;
import cn.certsift.jobs.ingest.StagingColumns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 * per data-quality note ({@link JudgementColumns}). A case is a roster row of {@link RosterCounts} and the
 * registry rows of {@link RegistryFacts} it reaches, brought together by roster row id (both sides sorted
 * by it and merged, so no roster row's facts are ever gathered into lists first). The rules themselves
 * live in common, free of Spark.
 */
public final class JudgeStage {

    private JudgeStage() {
    }

    public static Dataset<Row> judge(Dataset<Row> roster, Dataset<Row> facts, RosterJudge judge, LocalDate runDate) {
        KeyValueGroupedDataset<Long, Row> rosterRows = roster.groupBy(col(StagingColumns.ROW_ID))
                .as(Encoders.LONG(), Encoders.row(roster.schema()));
        KeyValueGroupedDataset<Long, Row> reached = facts.groupBy(col(RegistryFacts.ROSTER_ROW))
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
        public Iterator<Row> call(Long rowId, Iterator<Row> rosterRows, Iterator<Row> facts) {
            if (caseRows == null) {
                caseRows = new CaseRows(rosterSchema, factSchema);
            }
            Row caseRow = rosterRows.next();
            RosterJudge.Judgement judgement = judge.judge(caseRows.toCase(caseRow, facts), runDate);
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
