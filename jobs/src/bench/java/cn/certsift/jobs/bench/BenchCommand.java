package cn.certsift.jobs.bench;

import cn.certsift.jobs.cli.ApplicationOptions;
import cn.certsift.jobs.config.CertSiftProperties;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.nightly.NightlyRuns;
import cn.certsift.jobs.nightly.RunFolders;
import cn.certsift.jobs.nightly.RunSummary;
import cn.certsift.jobs.samples.GeneratorSettings;
import cn.certsift.jobs.samples.SampleFormats;
import cn.certsift.jobs.samples.SampleGenerator;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certsift bench}: generates a data set of a given size once (CSV, realistic anomaly rates), runs
 * the nightly job on it in this JVM while sampling resident memory, and prints per step the wall time,
 * rows per second and peak memory, then runs the same matching with DuckDB on the same staging Parquet
 * and prints the ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the nightly job on a generated data set and compare its matching with DuckDB.",
                "Sizes: province (10 M registry, 3 M roster, 5 M training rows), third, tenth. The data set is",
                "generated once under --data and reused; each run writes a fresh output folder beside it."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "province", paramLabel = "province|third|tenth",
            description = "Data set size (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--seed", defaultValue = "20261124", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "Where data sets live (default: WORK/bench).")
    Path data;

    @Option(names = "--run-date", defaultValue = "2026-11-20", description = "Run date (default ${DEFAULT-VALUE}).")
    LocalDate runDate;

    @Option(names = "--skip-duckdb", description = "Run only CertSift.")
    boolean skipDuckDb;

    @Option(names = "--matching-only", paramLabel = "N", defaultValue = "0",
            description = "Instead of the whole job, run only the matching N times on the staging layer the last run of this"
                    + " set left (to profile or compare one change), then DuckDB's once.")
    int matchingOnly;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    public BenchCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BenchSize benchSize = BenchSize.valueOf(size.toUpperCase());
        try (ConfigurableApplicationContext context = application.start(home)) {
            CertSiftProperties properties = context.getBean(CertSiftProperties.class);
            Path set = (data == null ? properties.workDir().resolve("bench") : data).resolve(size + "-" + seed);
            Path output = set.resolve("out");
            if (matchingOnly > 0) {
                return MatchingOnly.run(context, new RunFolders(output), matchingOnly, skipDuckDb, out);
            }
            generateOnce(set, benchSize, properties, out);
            Folders.deleteRecursively(output);
            JobExecution run;
            try (MemorySampler memory = new MemorySampler()) {
                run = context.getBean(NightlyRuns.class).run(set.resolve("input"), output, runDate, null);
                if (run.getStatus() != BatchStatus.COMPLETED) {
                    out.println("bench: the nightly run failed: " + NightlyRuns.failureReason(run));
                    return 1;
                }
                report(run, RunSummary.read(new RunFolders(output).runSummary()), memory, benchSize, out);
            }
            if (!skipDuckDb) {
                compareWithDuckDb(run, new RunFolders(output), properties, out);
            }
        }
        return 0;
    }

    private void generateOnce(Path set, BenchSize benchSize, CertSiftProperties properties, PrintWriter out) throws Exception {
        if (Files.isDirectory(set.resolve("input"))) {
            out.printf("data set %s (generated earlier)%n", set);
            return;
        }
        long started = System.nanoTime();
        new SampleGenerator(new GeneratorSettings(set, seed, runDate, benchSize.rosterRows, benchSize.registryRows,
                benchSize.trainingRows, SampleFormats.CSV, 3, 3), properties, out).generate();
        out.printf("data set %s generated in %.0f s%n", set, (System.nanoTime() - started) / 1e9);
    }

    private static void report(JobExecution run, RunSummary summary, MemorySampler memory, BenchSize size, PrintWriter out) {
        Map<String, RunSummary.SourceCounts> sources = summary.sources();
        long registryRows = sources.get("registry_mem").read() + sources.get("registry_mohurd").read()
                + sources.get("registry_samr").read();
        long findings = summary.findings().values().stream().mapToLong(Long::longValue).sum();
        out.printf("%n%s set: %,d registry, %,d roster, %,d training rows; %d processors, max heap %d MiB%n", size,
                registryRows, sources.get("roster").read(), sources.get("training").read(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
        out.printf("%-26s %10s %14s %12s %16s%n", "step", "wall s", "rows", "rows/s", "peak RSS MiB");
        List<StepExecution> steps = run.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getStartTime)).toList();
        for (StepExecution step : steps) {
            double seconds = Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0;
            long rows = rowsOf(step.getStepName(), sources, registryRows, findings);
            out.printf("%-26s %10.1f %14s %12s %16d%n", step.getStepName(), seconds, rows < 0 ? "" : String.format("%,d", rows),
                    rows < 0 || seconds == 0 ? "" : String.format("%,.0f", rows / seconds),
                    memory.peakMiB(step.getStartTime(), step.getEndTime()));
        }
        out.printf("%-26s %10.1f %14s %12s %16d%n", "end to end",
                Duration.between(run.getStartTime(), run.getEndTime()).toMillis() / 1000.0, "", "",
                MemorySampler.highWaterMarkMiB());
        out.flush();
    }

    /** What a step works through: the rows it reads for ingest and matching, the findings after that; -1 when nothing. */
    private static long rowsOf(String step, Map<String, RunSummary.SourceCounts> sources, long registryRows, long findings) {
        return switch (step) {
            case "ingestRegistryMemStep" -> sources.get("registry_mem").read();
            case "ingestRegistryMohurdStep" -> sources.get("registry_mohurd").read();
            case "ingestRegistrySamrStep" -> sources.get("registry_samr").read();
            case "ingestRosterStep" -> sources.get("roster").read();
            case "ingestTrainingStep" -> sources.get("training").read();
            case "matchRosterStep" -> registryRows + sources.get("roster").accepted();
            case "trackFindingStatusStep", "exportFindingsStep" -> findings;
            default -> -1;
        };
    }

    private static void compareWithDuckDb(JobExecution run, RunFolders output, CertSiftProperties properties, PrintWriter out)
            throws Exception {
        StepExecution matching = run.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("matchRosterStep")).findFirst().orElseThrow();
        long certsiftMillis = Duration.between(matching.getStartTime(), matching.getEndTime()).toMillis();
        DuckDbMatching.Result duck = DuckDbMatching.run(output.root().resolve("staging"), LocalDate.parse(
                RunSummary.read(output.runSummary()).runDate()), properties.posts(), Runtime.getRuntime().availableProcessors());
        out.printf("%nmatching on the same staging Parquet: CertSift %.1f s, DuckDB %.1f s, ratio CertSift / DuckDB %.2f%n",
                certsiftMillis / 1000.0, duck.millis() / 1000.0, (double) certsiftMillis / duck.millis());
        out.printf("%-22s %10s %10s%n", "finding", "CertSift", "DuckDB");
        RunSummary summary = RunSummary.read(output.runSummary());
        summary.findings().forEach((code, count) ->
                out.printf("%-22s %10d %10d%n", code, count, duck.findings().getOrDefault(code, 0L)));
        out.flush();
    }
}
