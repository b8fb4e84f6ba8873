package cn.certsift.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.cases.AuditEntry;
import cn.certsift.jobs.cases.AuditLog;
import cn.certsift.jobs.cases.CaseRecorder;
import cn.certsift.jobs.cases.CaseStore;
import cn.certsift.jobs.cases.ExportSuppression;
import cn.certsift.jobs.cases.RecordedFinding;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.export.InspectorWorkbooks.DistrictExport;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.matching.StagingLayer;

import java.time.Instant;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Records the run's findings in the case store (with the employer's industry from the roster) and the
 * district workbooks of exportFindingsStep in the audit log. The findings stream from findings/ to the
 * database in batches, in one transaction; a restart records the same again and changes nothing.
 */
class RecordCasesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RecordCasesTasklet.class);

    private final NightlyRun run;
    private final SparkSessions sparkSessions;
    private final CaseStore caseStore;
    private final CaseRecorder recorder;
    private final AuditLog auditLog;

    RecordCasesTasklet(NightlyRun run, SparkSessions sparkSessions, CaseStore caseStore, CaseRecorder recorder,
                       AuditLog auditLog) {
        this.run = run;
        this.sparkSessions = sparkSessions;
        this.caseStore = caseStore;
        this.recorder = recorder;
        this.auditLog = auditLog;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        SparkSession spark = sparkSessions.session();
        RunFolders folders = run.folders();
        Dataset<Row> industries = StagingLayer.read(spark, folders, SourceKind.ROSTER)
                .filter(col("industry").isNotNull())
                .groupBy(col("employer_uscc").as("industry_uscc")).agg(min("industry").as("industry"));
        Dataset<Row> findings = ParquetLayers.read(spark, folders.findings());
        Iterator<Row> rows = findings.join(industries, findings.col("employer_uscc").equalTo(industries.col("industry_uscc")),
                "left").toLocalIterator();
        ExportSuppression suppression = new ExportSuppression(caseStore.latestVerifications());
        CaseRecorder.Recorded recorded = recorder.record(StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                Spliterator.ORDERED), false).map(RecordedFinding::of).iterator(), run.runDate(), suppression::exports);
        contribution.incrementWriteCount(recorded.opened() + recorded.updated() + recorded.closed());
        log.info("case store: {} cases opened, {} updated, {} closed, {} left as a later run recorded them",
                recorded.opened(), recorded.updated(), recorded.closed(), recorded.skipped());
        auditExports(chunkContext);
        return RepeatStatus.FINISHED;
    }

    private void auditExports(ChunkContext chunkContext) {
        String description = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .getString(WorkbookExports.CONTEXT_KEY);
        WorkbookExports.Exported exported = WorkbookExports.read(description);
        for (DistrictExport workbook : exported.workbooks()) {
            auditLog.recordOnce(new AuditEntry(Instant.now(), AuditEntry.currentUser(), AuditEntry.Action.EXPORT,
                    workbook.file().toString(), workbook.district(), Math.toIntExact(workbook.openFindings()),
                    "夜间任务 " + run.runDate() + " 导出区县工作簿 / nightly run district workbook", exported.reference()));
        }
    }
}
