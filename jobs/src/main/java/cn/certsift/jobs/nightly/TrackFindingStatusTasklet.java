package cn.certsift.jobs.nightly;

import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.export.FindingOrder;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.io.Publish;
import cn.certsift.jobs.matching.CurrentFindings;
import cn.certsift.jobs.matching.FindingStatusStage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

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
 * Turns the judgements into tonight's findings, each NEW, OPEN or RESOLVED against the previous run and
 * with its supply-chain cluster, and publishes {@code findings/} in the export order.
 */
class TrackFindingStatusTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TrackFindingStatusTasklet.class);

    private final NightlyRun run;
    private final SparkSessions sparkSessions;

    TrackFindingStatusTasklet(NightlyRun run, SparkSessions sparkSessions) {
        this.run = run;
        this.sparkSessions = sparkSessions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        SparkSession spark = sparkSessions.session();
        RunFolders folders = run.folders();
        Dataset<Row> current = CurrentFindings.read(spark, folders, run.runDate())
                .join(ParquetLayers.read(spark, folders.clusterMembership()), "finding_id", "left");
        Optional<Path> previousRun = PreviousRuns.locate(run);
        previousRun.ifPresentOrElse(p -> log.info("findings: comparing with the earlier run in {}", p),
                () -> log.info("findings: no earlier run to compare with; every finding is NEW"));
        Optional<Dataset<Row>> previous = previousRun.map(p -> ParquetLayers.read(spark, new RunFolders(p).findings()));
        Publish.parquet(FindingStatusStage.track(current, previous, run.runDate()).orderBy(FindingOrder.columns()).coalesce(1),
                folders.findings());
        return RepeatStatus.FINISHED;
    }
}
