package cn.certsift.jobs.nightly;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.clue.ClueScreens;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.clues.ClueColumns;
import cn.certsift.jobs.clues.OnlineClues;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.export.ClueWorkbook;
import cn.certsift.jobs.export.RowsCsv;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.io.Publish;
import cn.certsift.jobs.matching.StagingLayer;

import java.io.IOException;
import java.util.Map;

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
 * Screens the night's web addresses and listings into clues at or above the threshold of
 * {@code conf/clues.yml}, and publishes {@code clues/}, {@code clues.csv} and {@code clues.xlsx}.
 */
class ScreenOnlineCluesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScreenOnlineCluesTasklet.class);

    private final NightlyRun run;
    private final SparkSessions sparkSessions;
    private final ClueScreens screens;

    ScreenOnlineCluesTasklet(NightlyRun run, SparkSessions sparkSessions, ClueScreens screens) {
        this.run = run;
        this.sparkSessions = sparkSessions;
        this.screens = screens;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        SparkSession spark = sparkSessions.session();
        RunFolders folders = run.folders();
        Publish.parquet(OnlineClues.screen(StagingLayer.read(spark, folders, SourceKind.DOMAINS),
                        StagingLayer.read(spark, folders, SourceKind.LISTINGS), StagingLayer.read(spark, folders, SourceKind.TRAINING), screens)
                .orderBy(ClueColumns.order()).coalesce(1), folders.clues());
        Dataset<Row> clues = ParquetLayers.read(spark, folders.clues(), ClueColumns.SCHEMA).orderBy(ClueColumns.order());
        long rows = RowsCsv.write(clues.toLocalIterator(), ClueColumns.OUTPUT, folders.cluesCsv());
        Map<ClueKind, Long> counts = ClueWorkbook.write(clues.toLocalIterator(), folders.cluesWorkbook(), run.runDate());
        contribution.incrementWriteCount(rows);
        log.info("clues: {} at or above the threshold {}: {}", rows, screens.threshold(), counts);
        return RepeatStatus.FINISHED;
    }
}
