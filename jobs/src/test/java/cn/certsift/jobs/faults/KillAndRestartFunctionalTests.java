package cn.certsift.jobs.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.nightly.RunSummary;
import cn.certsift.jobs.spark.SparkExtension;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run killed with SIGKILL at several steps is completed by rerunning the same command, and
 * its outputs equal those of a run that was never interrupted: byte for byte for CSV files, row for row
 * for Parquet, cell for cell for workbooks.
 */
class KillAndRestartFunctionalTests {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> KILL_AT = List.of("ingestRosterStep", "matchRosterStep", "screenOnlineCluesStep");

    @TempDir
    static Path folder;

    @BeforeAll
    static void startTestSpark() {
        SparkExtension.session();
    }

    private static String[] nightly(Path input, Path output) {
        return new String[] {"nightly", "--input", input.toString(), "--output", output.toString(), "--run-date", "2026-11-20"};
    }

    @Test
    void aRunKilledAtAnyStepIsCompletedByRerunningItWithTheSameOutputs() throws Exception {
        Path input = Path.of(getClass().getResource("/nightly/night1").toURI());
        Path work = folder.resolve("work");
        Path reference = folder.resolve("runs").resolve("reference");
        try (ChildRun run = ChildRun.start(work, nightly(input, reference))) {
            assertEquals(0, run.awaitExit(RUN_TIMEOUT), () -> String.join("\n", output(run)));
        }
        for (String step : KILL_AT) {
            Path output = folder.resolve("runs").resolve("killed-at-" + step);
            try (ChildRun run = ChildRun.start(work, nightly(input, output))) {
                run.awaitLine("step " + step + " started", RUN_TIMEOUT);
                run.kill();
            }
            assertFalse(Files.exists(output.resolve("run-summary.json")), "killed at " + step + " before completing");
            try (ChildRun rerun = ChildRun.start(work, nightly(input, output))) {
                assertEquals(0, rerun.awaitExit(RUN_TIMEOUT), () -> String.join("\n", output(rerun)));
                assertTrue(output(rerun).stream().anyMatch(line -> line.contains("was interrupted (process killed)")),
                        "the killed execution is recognised and resumed");
            }
            assertSameOutputs(reference, output, step);
        }
    }

    private static void assertSameOutputs(Path expected, Path actual, String step) throws Exception {
        assertArrayEquals(Files.readAllBytes(expected.resolve("findings.csv")), Files.readAllBytes(actual.resolve("findings.csv")),
                "findings.csv after a kill at " + step);
        assertArrayEquals(Files.readAllBytes(expected.resolve("clues.csv")), Files.readAllBytes(actual.resolve("clues.csv")),
                "clues.csv after a kill at " + step);
        for (String source : List.of("registry_mem", "registry_mohurd", "registry_samr", "roster", "training", "domains", "listings")) {
            assertArrayEquals(Files.readAllBytes(expected.resolve("quarantine").resolve(source + ".csv")),
                    Files.readAllBytes(actual.resolve("quarantine").resolve(source + ".csv")), source + " quarantine after " + step);
        }
        RunSummary a = RunSummary.read(expected.resolve("run-summary.json"));
        RunSummary b = RunSummary.read(actual.resolve("run-summary.json"));
        assertEquals(List.of(a.sources(), a.findings(), a.clues(), a.warnings()), List.of(b.sources(), b.findings(), b.clues(), b.warnings()));
        SparkSession spark = SparkExtension.session();
        assertEquals(spark.read().parquet(expected.resolve("findings").toString()).collectAsList(),
                spark.read().parquet(actual.resolve("findings").toString()).collectAsList(), "findings/ after " + step);
        assertEquals(workbookCells(expected), workbookCells(actual), "district workbooks after " + step);
    }

    private static List<String> workbookCells(Path run) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Stream<Path> files = Files.list(run.resolve("inspectors"))) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    for (Sheet sheet : workbook) {
                        for (Row row : sheet) {
                            row.forEach(cell -> cells.add(file.getFileName() + "/" + sheet.getSheetName() + "/" + cell.getAddress()
                                    + "=" + cell));
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static List<String> output(ChildRun run) {
        try {
            return run.output();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("(interrupted)");
        }
    }
}
