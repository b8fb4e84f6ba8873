package cn.certsift.jobs.nightly;

import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.cases.CaseStore;
import cn.certsift.jobs.cases.ExportSuppression;
import cn.certsift.jobs.cases.RecordedFinding;
import cn.certsift.jobs.cases.StoredVerification;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.export.FindingOrder;
import cn.certsift.jobs.export.FindingsWorkbook;
import cn.certsift.jobs.export.InspectorColumns;
import cn.certsift.jobs.export.InspectorWorkbooks;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.export.RowsCsv;
import cn.certsift.jobs.matching.FindingColumns;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes findings.csv and findings.xlsx for the analysts (in one pass over the findings) and one workbook
 * per district for the inspectors, leaving out of the workbooks the findings inspectors verified 不属实
 * whose facts have not changed. What each workbook holds is left in the job's context for
 * recordCasesStep to write to the audit log.
 */
class ExportFindingsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExportFindingsTasklet.class);

    private final NightlyRun run;
    private final SparkSessions sparkSessions;
    private final boolean fullIdNumbers;
    private final CaseStore caseStore;
    private final CasesProperties cases;

    ExportFindingsTasklet(NightlyRun run, SparkSessions sparkSessions, boolean fullIdNumbers, CaseStore caseStore,
                          CasesProperties cases) {
        this.run = run;
        this.sparkSessions = sparkSessions;
        this.fullIdNumbers = fullIdNumbers;
        this.caseStore = caseStore;
        this.cases = cases;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunFolders folders = run.folders();
        Dataset<Row> findings = ParquetLayers.read(sparkSessions.session(), folders.findings())
                .orderBy(FindingOrder.columns());
        long rows;
        try (FindingsWorkbook workbook = new FindingsWorkbook(run.runDate())) {
            rows = RowsCsv.write(StreamSupport.stream(Spliterators.spliteratorUnknownSize(findings.toLocalIterator(),
                    Spliterator.ORDERED), false).peek(workbook::add).iterator(), FindingColumns.CONTRACT, folders.findingsCsv());
            workbook.publish(folders.findingsWorkbook());
        }
        contribution.incrementWriteCount(rows);
        Map<String, StoredVerification> verified = caseStore.latestVerifications();
        ExportSuppression suppression = new ExportSuppression(verified);
        InspectorColumns inspectorColumns = new InspectorColumns(cases.measures(), cases.campaignStart(), cases.maxFineYuan(),
                verified.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().verification())));
        long[] suppressed = {0};
        Iterator<Row> listed = StreamSupport.stream(Spliterators.spliteratorUnknownSize(findings.toLocalIterator(),
                        Spliterator.ORDERED), false)
                .filter(row -> {
                    boolean left = suppression.suppresses(RecordedFinding.of(row));
                    suppressed[0] += left ? 1 : 0;
                    return !left;
                }).iterator();
        List<InspectorWorkbooks.DistrictExport> written = new InspectorWorkbooks(fullIdNumbers, inspectorColumns, run.runDate())
                .write(listed, folders.inspectors());
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(WorkbookExports.CONTEXT_KEY, WorkbookExports.describe(written,
                        contribution.getStepExecution().getId()));
        log.info("exports: findings.csv and findings.xlsx with {} rows, {} district workbooks; {} findings verified 不属实 with "
                + "unchanged facts left out of the workbooks", rows, written.size(), suppressed[0]);
        return RepeatStatus.FINISHED;
    }
}
