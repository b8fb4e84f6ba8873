package cn.certsift.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.spark.SparkExtension;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's contract: exit codes, one-line reasons on stderr, no stack traces on the console. */
class CommandLineTests {

    @TempDir
    static Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startTestSpark() {
        SparkExtension.session();
    }

    private int certsift(String... args) {
        String[] withWork = new String[args.length + 2];
        System.arraycopy(args, 0, withWork, 0, args.length);
        boolean startsApplication = args.length > 0 && !args[args.length - 1].equals("--help") && !args[0].equals("--help");
        if (!startsApplication) {
            return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        }
        withWork[args.length] = "--set";
        withWork[args.length + 1] = "certsift.work-dir=" + work;
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), withWork);
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, certsift("--help"));
        for (String command : new String[] {"nightly", "demo", "jobs", "restart", "clues-eval", "feedback", "report", "audit"}) {
            assertTrue(out.toString().contains(command), out.toString());
        }
    }

    @Test
    void eachCommandHasHelp() {
        assertEquals(0, certsift("nightly", "--help"));
        assertTrue(out.toString().contains("--run-date"), out.toString());
    }

    @Test
    void cluesEvalPrintsPrecisionAndRecallPerKind() {
        assertEquals(0, certsift("clues-eval", "--seed", "3", "--count", "40"), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("seed 3, 40 positives and 40 negatives per kind"), printed);
        assertTrue(printed.matches("(?s).*FAKE_SITE\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+[01]\\.\\d{3}\\s+[01]\\.\\d{3}.*"), printed);
        assertTrue(printed.contains("ILLEGAL_LISTING"), printed);
    }

    @Test
    void theReportCommandsHaveHelpAndCheckTheirPeriod() {
        assertEquals(0, certsift("report", "monthly", "--help"));
        assertTrue(out.toString().contains("--month"), out.toString());
        assertEquals(2, certsift("report", "monthly", "--month", "2026-13", "--output", "x"));
        assertEquals(2, certsift("report", "quarterly", "--quarter", "2026-Q5", "--output", "x"));
        assertTrue(err.toString().contains("2026-Q5"), err.toString());
        assertEquals(2, certsift("feedback"));
    }

    @Test
    void aWorkbookThatCannotBeImportedExitsWithOneAndSaysWhy(@TempDir Path folder) throws Exception {
        Path notAWorkbook = Files.writeString(folder.resolve("福田区.xlsx"), "问题编号,核查结果");
        assertEquals(1, certsift("feedback", notAWorkbook.toString()));
        assertTrue(out.toString().contains("不是 xlsx 工作簿"), out.toString());
        assertTrue(err.toString().startsWith("certsift: "), err.toString());
        assertEquals(0, certsift("audit"));
        assertFalse(out.toString().contains("FEEDBACK"), "a file that was not imported is not an import: " + out);
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        assertEquals(2, certsift("nightly", "--input", "x"));
        assertTrue(err.toString().contains("Missing required options"), err.toString());
        assertEquals(2, certsift("nightly", "--input", "x", "--output", "y", "--run-date", "2024-13-01"));
    }

    @Test
    void aRunThatCannotStartExitsWithOneAndAOneLineReason(@TempDir Path output) {
        int exit = certsift("nightly", "--input", "/no/such/folder", "--output", output.toString(), "--run-date", "2026-11-20");
        assertEquals(1, exit);
        String reason = err.toString();
        assertTrue(reason.contains("输入目录不存在：/no/such/folder / input folder does not exist: /no/such/folder"), reason);
        assertFalse(reason.contains("\tat "), "no stack trace on the console: " + reason);
    }

    @Test
    void anUnreachableJobRepositoryIsOneLineNotAStackTrace() {
        int exit = certsift("jobs", "--profile", "production", "--set", "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/certsift");
        assertEquals(1, exit);
        String reason = err.toString();
        assertTrue(reason.startsWith("certsift: ") && reason.contains("127.0.0.1:1"), reason);
        assertEquals(1, reason.strip().lines().count(), "one line: " + reason);
    }

    @Test
    void aCompletedRunPrintsItsCountsAndIsListedByJobs(@TempDir Path output) throws URISyntaxException {
        Path input = Path.of(getClass().getResource("/nightly/night1").toURI());
        assertEquals(0, certsift("nightly", "--input", input.toString(), "--output", output.toString(), "--run-date", "2026-11-20"),
                err.toString());
        assertTrue(out.toString().contains("CERT_NOT_FOUND"), out.toString());
        assertTrue(out.toString().contains("inspectors/"), out.toString());
        assertTrue(out.toString().contains("ILLEGAL_LISTING") && out.toString().contains("clues.xlsx"), out.toString());
        assertEquals(0, certsift("jobs"));
        assertTrue(out.toString().contains("COMPLETED") && out.toString().contains("2026-11-20"), out.toString());
    }
}
