package cn.certsift.jobs.nightly;

import cn.certsift.common.cluster.ClusterSettings;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.clusters.ClusterColumns;
import cn.certsift.jobs.clusters.SupplyChainClusters;
import cn.certsift.jobs.clusters.TracedClusters;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.export.RowsCsv;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.io.Publish;
import cn.certsift.jobs.matching.CurrentFindings;
import cn.certsift.jobs.matching.StagingLayer;

import java.io.IOException;

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
 * Links tonight's findings into supply-chain clusters through the training records and the registries,
 * and publishes {@code clusters/}, {@code clusters.csv} and the membership layer
 * {@code matching/cluster_membership} (finding id → cluster id). Logs how many clusters there are and the
 * summaries of the largest, which name institutions and counts, never people or numbers.
 */
class TraceClustersTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TraceClustersTasklet.class);
    private static final int LOGGED_CLUSTERS = 5;

    private final NightlyRun run;
    private final SparkSessions sparkSessions;
    private final ClusterSettings settings;

    TraceClustersTasklet(NightlyRun run, SparkSessions sparkSessions, ClusterSettings settings) {
        this.run = run;
        this.sparkSessions = sparkSessions;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        SparkSession spark = sparkSessions.session();
        RunFolders folders = run.folders();
        TracedClusters traced = SupplyChainClusters.trace(
                CurrentFindings.read(spark, folders, run.runDate()),
                StagingLayer.read(spark, folders, SourceKind.TRAINING),
                StagingLayer.registries(spark, folders),
                settings);
        Publish.parquet(traced.membership().orderBy(ClusterColumns.FINDING_ID).coalesce(1), folders.clusterMembership());
        Publish.parquet(traced.clusters().orderBy(ClusterColumns.order()).coalesce(1), folders.clusters());
        Dataset<Row> clusters = ParquetLayers.read(spark, folders.clusters(), ClusterColumns.SCHEMA).orderBy(ClusterColumns.order());
        long rows = RowsCsv.write(ClusterColumns.forCsv(clusters).toLocalIterator(), ClusterColumns.OUTPUT, folders.clustersCsv());
        contribution.incrementWriteCount(rows);
        log.info("clusters: {} supply-chain clusters of findings", rows);
        clusters.select("summary").limit(LOGGED_CLUSTERS).collectAsList()
                .forEach(cluster -> log.info("clusters: {}", cluster.getString(0)));
        return RepeatStatus.FINISHED;
    }
}
