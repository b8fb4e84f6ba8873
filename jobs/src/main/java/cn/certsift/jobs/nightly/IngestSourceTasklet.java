package cn.certsift.jobs.nightly;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.config.CertSiftProperties;
import cn.certsift.jobs.ingest.FileReport;
import cn.certsift.jobs.ingest.InputFolder;
import cn.certsift.jobs.ingest.SourceIngestion;
import cn.certsift.jobs.ingest.SourceReport;

import java.io.IOException;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads every file of one source into the staging layer and quarantine, reusing the staging of files
 * unchanged since the previous completed run (the one tonight's findings are compared with). The step's
 * write count is the accepted rows and its filter count the quarantined rows, so {@code certsift jobs}
 * can show them.
 */
class IngestSourceTasklet implements Tasklet {

    private final SourceKind kind;
    private final NightlyRun run;
    private final SourceIngestion ingestion;
    private final CertSiftProperties properties;

    IngestSourceTasklet(SourceKind kind, NightlyRun run, SourceIngestion ingestion, CertSiftProperties properties) {
        this.kind = kind;
        this.run = run;
        this.ingestion = ingestion;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        InputFolder folder = new InputFolder(run.input(), properties.filePatterns());
        SourceReport report = ingestion.ingest(kind, folder.filesOf(kind), run.folders(),
                PreviousRuns.locate(run).map(RunFolders::new));
        contribution.incrementWriteCount(report.accepted());
        contribution.incrementFilterCount(report.quarantined());
        if (properties.sources().get(kind).required() && !report.anyFileIngested()) {
            String reasons = String.join("；", report.files().stream()
                    .map(file -> file.file() + "：" + file.errorZh()).toList());
            throw new RunFailure("必需的来源 " + kind.id() + " 没有一个文件能读取：" + reasons,
                    "no file of the required source " + kind.id() + " could be read: "
                            + String.join("; ", report.files().stream().map(FileReport::errorEn).toList()));
        }
        return RepeatStatus.FINISHED;
    }
}
