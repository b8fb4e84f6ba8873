package cn.certsift.jobs.nightly;

import cn.certsift.common.institution.InstitutionRanking;
import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.RankedInstitution;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.export.RowsCsv;
import cn.certsift.jobs.institutions.InstitutionColumns;
import cn.certsift.jobs.institutions.InstitutionRows;
import cn.certsift.jobs.institutions.InstitutionSignalsStage;
import cn.certsift.jobs.io.Publish;
import cn.certsift.jobs.matching.CurrentFindings;
import cn.certsift.jobs.matching.StagingLayer;

import java.io.IOException;
import java.util.List;

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
 * Measures every training institution's signals against the training records, the registries and
 * tonight's findings, ranks them by risk, and publishes {@code institutions/} and {@code institutions.csv}.
 */
class RankInstitutionsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RankInstitutionsTasklet.class);

    private final NightlyRun run;
    private final SparkSessions sparkSessions;
    private final InstitutionSettings settings;

    RankInstitutionsTasklet(NightlyRun run, SparkSessions sparkSessions, InstitutionSettings settings) {
        this.run = run;
        this.sparkSessions = sparkSessions;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        SparkSession spark = sparkSessions.session();
        RunFolders folders = run.folders();
        Dataset<Row> findings = CurrentFindings.read(spark, folders, run.runDate());
        List<Row> measured = InstitutionSignalsStage.measure(StagingLayer.read(spark, folders, SourceKind.TRAINING),
                StagingLayer.registries(spark, folders), findings, run.runDate(), settings.measures());
        List<RankedInstitution> ranked = new InstitutionRanking(settings).rank(InstitutionRows.measures(measured));
        List<Row> rows = InstitutionRows.of(ranked);
        Publish.parquet(spark.createDataFrame(rows, InstitutionColumns.SCHEMA).coalesce(1), folders.institutions());
        RowsCsv.write(rows.iterator(), InstitutionColumns.OUTPUT, folders.institutionsCsv());
        contribution.incrementWriteCount(rows.size());
        log.info("institutions: {} training institutions ranked; highest risk: {}", ranked.size(), ranked.stream().limit(3)
                .map(r -> r.name() + " (" + r.riskScore() + ")").toList());
        return RepeatStatus.FINISHED;
    }
}
