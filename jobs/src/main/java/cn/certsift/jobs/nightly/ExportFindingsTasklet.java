package cn.certsift.jobs.nightly;

import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.export.FindingOrder;
import cn.certsift.jobs.export.InspectorWorkbooks;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.export.RowsCsv;
import cn.certsift.jobs.matching.FindingColumns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes findings.csv for the analysts and one workbook per district for the inspectors. */
class ExportFindingsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExportFindingsTasklet.class);

    private final NightlyRun run;
    private final SparkSessions sparkSessions;
    private final InspectorWorkbooks workbooks;

    ExportFindingsTasklet(NightlyRun run, SparkSessions sparkSessions, InspectorWorkbooks workbooks) {
        this.run = run;
        this.sparkSessions = sparkSessions;
        this.workbooks = workbooks;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunFolders folders = run.folders();
        Dataset<Row> findings = ParquetLayers.read(sparkSessions.session(), folders.findings())
                .orderBy(FindingOrder.columns());
        long rows = RowsCsv.write(findings.toLocalIterator(), FindingColumns.CONTRACT, folders.findingsCsv());
        contribution.incrementWriteCount(rows);
        Map<Path, Long> written = workbooks.write(findings.toLocalIterator(), folders.inspectors());
        log.info("exports: findings.csv with {} rows, {} district workbooks", rows, written.size());
        return RepeatStatus.FINISHED;
    }
}
