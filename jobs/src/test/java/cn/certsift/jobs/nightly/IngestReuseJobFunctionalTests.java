package cn.certsift.jobs.nightly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.cli.Main;
import cn.certsift.jobs.ingest.FileReport;
import cn.certsift.jobs.ingest.SourceIngestion;
import cn.certsift.jobs.ingest.SourceReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * A second night on files that did not change takes over the first night's staging, file by file, and
 * finds exactly what a full read finds (the same night with reuse switched off on the command line, as a
 * user forces it); a changed file is read again while the others are reused.
 */
class IngestReuseJobFunctionalTests extends NightlyJobTestSupport {

    private final Path folder = temporaryFolder("certsift-reuse");

    @Test
    void aChangedFileIsReadAgainWhileTheOthersAreReused() throws Exception {
        Path input = registryInTwoFiles(copyOf("nightly/night1", folder.resolve("in")));
        Path first = folder.resolve("runs").resolve(NIGHT_1.toString());
        completed(runs.run(input, first, NIGHT_1, null));
        assertEquals(List.of(), findings(first, "冯涛", "CERT_REVOKED"));

        Path changed = input.resolve("registry_mem_part02.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(changed, StandardCharsets.UTF_8));
        lines.replaceAll(line -> line.contains(",冯涛,") ? line.replace(",有效", ",吊销") : line);
        Files.write(changed, lines, StandardCharsets.UTF_8);
        Path second = folder.resolve("runs").resolve(NIGHT_2.toString());
        completed(runs.run(input, second, NIGHT_2, null));

        List<FileReport> registry = report(second, SourceKind.REGISTRY_MEM).files();
        assertEquals(List.of("registry_mem_part01.csv", "registry_mem_part02.csv"), registry.stream().map(FileReport::file).toList());
        assertEquals(first.toString(), registry.get(0).reusedFrom());
        assertNull(registry.get(1).reusedFrom(), "the changed file is read");
        assertNotEquals(report(first, SourceKind.REGISTRY_MEM).files().get(1).sha256(), registry.get(1).sha256());
        for (SourceKind kind : List.of(SourceKind.REGISTRY_MOHURD, SourceKind.REGISTRY_SAMR, SourceKind.ROSTER,
                SourceKind.DOMAINS, SourceKind.LISTINGS)) {
            assertTrue(report(second, kind).files().stream().allMatch(file -> first.toString().equals(file.reusedFrom())),
                    kind.id() + " is unchanged: " + report(second, kind));
        }
        assertEquals(2, findings(second, "冯涛", "CERT_REVOKED").size(), "the revocation in the changed file is seen, at both employers");
    }

    @Test
    void aSecondNightOnUnchangedFilesReusesEveryFileAndFindsWhatAFullReadFinds() throws Exception {
        Path input = copyOf("nightly/night1", folder.resolve("unchanged-in"));
        Path first = folder.resolve("unchanged-runs").resolve(NIGHT_1.toString());
        completed(runs.run(input, first, NIGHT_1, null));
        Path reused = folder.resolve("unchanged-runs").resolve(NIGHT_2.toString());
        completed(runs.run(input, reused, NIGHT_2, null));
        Path read = folder.resolve("full-read").resolve(NIGHT_2.toString());
        StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "nightly",
                "--input", input.toString(), "--output", read.toString(), "--run-date", NIGHT_2.toString(), "--previous",
                first.toString(), "--set", "certsift.work-dir=" + folder.resolve("full-read-work"),
                "--set", "certsift.ingest.reuse-unchanged-files=false"), err::toString);

        for (SourceKind kind : SourceKind.values()) {
            SourceReport reusedReport = report(reused, kind);
            SourceReport readReport = report(read, kind);
            assertTrue(reusedReport.files().stream().allMatch(file -> first.toString().equals(file.reusedFrom())),
                    kind.id() + ": every file is reused: " + reusedReport);
            assertTrue(readReport.files().stream().allMatch(file -> file.reusedFrom() == null),
                    kind.id() + ": switched off, every file is read: " + readReport);
            assertEquals(readReport.files().stream().map(file -> file.reusedFromRun(first)).toList(), reusedReport.files(),
                    kind.id() + ": the same report, but for where the staging came from");
        }
        assertEquals(12, findingsCsv(reused).size());
        for (Path output : csvOutputs(read)) {
            assertArrayEquals(Files.readAllBytes(read.resolve(output)), Files.readAllBytes(reused.resolve(output)),
                    output + " is the same with and without reuse");
        }
    }

    private static void completed(JobExecution execution) {
        assertEquals(BatchStatus.COMPLETED, execution.getStatus(), () -> NightlyRuns.failureReason(execution));
    }

    private static SourceReport report(Path run, SourceKind kind) throws IOException {
        return SourceIngestion.readReport(new RunFolders(run).ingestReport(kind));
    }

    private static List<Map<String, String>> findings(Path run, String name, String code) throws IOException {
        return findingsCsv(run).stream().filter(f -> f.get("name").equals(name) && f.get("finding_code").equals(code)).toList();
    }

    /** findings.csv, institutions.csv, clusters.csv, clues.csv and every quarantine CSV, relative to the run folder. */
    private static List<Path> csvOutputs(Path run) throws IOException {
        try (Stream<Path> top = Files.list(run); Stream<Path> quarantine = Files.list(run.resolve("quarantine"))) {
            List<Path> outputs = Stream.concat(top, quarantine).filter(file -> file.toString().endsWith(".csv"))
                    .map(run::relativize).sorted().toList();
            assertTrue(outputs.contains(Path.of("quarantine", "roster.csv")), outputs.toString());
            return outputs;
        }
    }

    /** The input with the MEM registry delivered as two files, the second holding 冯涛's certificate. */
    private static Path registryInTwoFiles(Path input) throws IOException {
        Path registry = input.resolve("registry_mem.csv");
        List<String> lines = Files.readAllLines(registry, StandardCharsets.UTF_8);
        int half = 1 + (lines.size() - 1) / 2;
        Files.write(input.resolve("registry_mem_part01.csv"), lines.subList(0, half), StandardCharsets.UTF_8);
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        second.addAll(lines.subList(half, lines.size()));
        Files.write(input.resolve("registry_mem_part02.csv"), second, StandardCharsets.UTF_8);
        Files.delete(registry);
        assertTrue(second.stream().anyMatch(line -> line.contains(",冯涛,")));
        return input;
    }
}
