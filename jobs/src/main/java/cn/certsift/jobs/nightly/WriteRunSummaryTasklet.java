package cn.certsift.jobs.nightly;

import static org.apache.spark.sql.functions.col;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.finding.DataQualityNote;
import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.clues.ClueColumns;
import cn.certsift.jobs.config.CertSiftProperties;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.ingest.FileReport;
import cn.certsift.jobs.ingest.InputFolder;
import cn.certsift.jobs.ingest.SourceIngestion;
import cn.certsift.jobs.ingest.SourceReport;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.matching.FindingColumns;
import cn.certsift.jobs.matching.JudgementColumns;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step: gathers the ingest reports, finding and clue counts, data-quality warnings and step timings into
 * {@code run-summary.json}, written last so that its presence means the run completed.
 */
class WriteRunSummaryTasklet implements Tasklet {

    private static final int DETAILS_PER_WARNING = 10;

    private final NightlyRun run;
    private final CertSiftProperties properties;
    private final JobRepository jobRepository;
    private final SparkSessions sparkSessions;

    WriteRunSummaryTasklet(NightlyRun run, CertSiftProperties properties, JobRepository jobRepository,
                           SparkSessions sparkSessions) {
        this.run = run;
        this.properties = properties;
        this.jobRepository = jobRepository;
        this.sparkSessions = sparkSessions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunFolders folders = run.folders();
        Map<String, RunSummary.SourceCounts> sources = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            SourceReport report = SourceIngestion.readReport(folders.ingestReport(kind));
            sources.put(kind.id(), new RunSummary.SourceCounts(report.files().size(), report.read(), report.accepted(),
                    report.quarantined()));
            warnings.addAll(warningsOf(kind, report));
        }
        new InputFolder(run.input(), properties.filePatterns()).unrecognised()
                .forEach(name -> warnings.add("未读取的输入文件 / input file not read: " + name));
        SparkSession spark = sparkSessions.session();
        warnings.addAll(dataQualityWarnings(ParquetLayers.read(spark, folders.judgements())));
        JobExecution job = contribution.getStepExecution().getJobExecution();
        new RunSummary(run.runDate().toString(), sources, findingCounts(ParquetLayers.read(spark, folders.findings())),
                clueCounts(ParquetLayers.read(spark, folders.clues(), ClueColumns.SCHEMA)), warnings, timings(job))
                .write(folders.runSummary());
        return RepeatStatus.FINISHED;
    }

    /** Open findings (NEW and OPEN) per code, every code of the contract listed. */
    private static Map<String, Long> findingCounts(Dataset<Row> findings) {
        Map<String, Long> counts = new LinkedHashMap<>();
        FindingCatalog.codes().forEach(code -> counts.put(code, 0L));
        for (Row row : findings.filter(col("status").notEqual(FindingColumns.RESOLVED)).groupBy("finding_code").count()
                .collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    /** Clues per kind, every kind listed. */
    private static Map<String, Long> clueCounts(Dataset<Row> clues) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ClueKind kind : ClueKind.values()) {
            counts.put(kind.name(), 0L);
        }
        for (Row row : clues.groupBy("kind").count().collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    /** One warning per kind of data-quality note, with its count and its most frequent details (never personal data). */
    private static List<String> dataQualityWarnings(Dataset<Row> judgements) {
        Map<DataQualityNote.Kind, List<Row>> byKind = new EnumMap<>(DataQualityNote.Kind.class);
        for (Row row : judgements.filter(col("record_type").equalTo(JudgementColumns.NOTE))
                .groupBy("note_kind", "note_detail").count()
                .orderBy(col("count").desc(), col("note_detail")).collectAsList()) {
            byKind.computeIfAbsent(DataQualityNote.Kind.valueOf(row.getString(0)), kind -> new ArrayList<>()).add(row);
        }
        List<String> warnings = new ArrayList<>();
        byKind.forEach((kind, rows) -> {
            long total = rows.stream().mapToLong(r -> r.getLong(2)).sum();
            String details = String.join("、", rows.stream().limit(DETAILS_PER_WARNING)
                    .map(r -> r.getString(1) + "(" + r.getLong(2) + ")").toList());
            warnings.add("花名册：" + total + " 行" + kind.zh() + "：" + details + (rows.size() > DETAILS_PER_WARNING ? " 等" : "")
                    + " / roster: " + total + " rows, " + kind.en());
        });
        return warnings;
    }

    private static List<String> warningsOf(SourceKind kind, SourceReport report) {
        List<String> warnings = new ArrayList<>();
        for (FileReport file : report.files()) {
            if (file.status() == FileReport.Status.FAILED) {
                warnings.add(kind.id() + "：无法读取 " + file.file() + "：" + file.errorZh() + " / cannot read " + file.file()
                        + ": " + file.errorEn());
            }
            if (!file.duplicateHeaders().isEmpty()) {
                warnings.add(kind.id() + "：" + file.file() + " 的重复表头被忽略 / duplicate headers ignored: "
                        + String.join(", ", file.duplicateHeaders()));
            }
            if (file.droppedValues() > 0) {
                warnings.add(kind.id() + "：" + file.file() + " 中有 " + file.droppedValues() + " 个可选字段值无法识别，已置空（见 quarantine/"
                        + kind.id() + "_dropped_values.csv） / " + file.droppedValues() + " unreadable optional values left empty");
            }
        }
        return warnings;
    }

    /** How long each step took; a step completed before a restart keeps the time of that earlier attempt. */
    private Map<String, Long> timings(JobExecution current) {
        Map<String, Long> timings = new LinkedHashMap<>();
        List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(current.getJobInstance()));
        executions.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        for (JobExecution execution : executions) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus() == BatchStatus.COMPLETED && step.getStartTime() != null && step.getEndTime() != null) {
                    timings.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()).toMillis());
                }
            }
        }
        timings.put("total", timings.values().stream().mapToLong(Long::longValue).sum());
        return timings;
    }
}
