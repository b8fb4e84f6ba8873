package cn.certsift.jobs.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;

/** Names and full ID numbers stay in the analysts' files: not in logs, summaries or the district workbooks. */
class PersonalDataFunctionalTests extends NightlyJobTestSupport {

    @Test
    void namesAndIdNumbersNeverLeaveTheAnalystsFiles() throws Exception {
        Path folder = temporaryFolder("certsift-pipl");
        Path input = copyOf("nightly/night1", folder.resolve("in"));
        Set<String> names = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(input.resolve("roster_2026.csv")).subList(1, 18)) {
            String[] cells = line.split(",", -1);
            names.add(cells[3]);
            ids.add(cells[4]);
        }
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        captured.start();
        root.addAppender(captured);
        Path output = folder.resolve("out");
        try {
            assertEquals(BatchStatus.COMPLETED, runs.run(input, output, LocalDate.of(2026, 11, 20), null).getStatus());
        } finally {
            root.detachAppender(captured);
        }

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            logged.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                logged.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertTrue(logged.size() > 10, "the run logged its progress: " + logged);
        String log = String.join("\n", logged);
        String summary = Files.readString(output.resolve("run-summary.json"), StandardCharsets.UTF_8);
        String workbooks = workbookText(output);
        for (String id : ids) {
            assertFalse(log.contains(id), "an ID number in the log");
            assertFalse(summary.contains(id), "an ID number in run-summary.json");
            assertFalse(workbooks.replace("T" + id, "").contains(id), "a full ID number in a district workbook (outside a certificate number)");
        }
        for (String name : names) {
            assertFalse(log.contains(name), "the name " + name + " in the log");
            assertFalse(summary.contains(name), "the name " + name + " in run-summary.json");
        }
        String findings = Files.readString(output.resolve("findings.csv"), StandardCharsets.UTF_8);
        assertTrue(ids.stream().anyMatch(findings::contains), "findings.csv is the analysts' file and keeps full ID numbers");
    }

    private static String workbookText(Path output) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(output.resolve("inspectors"))) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    for (Sheet sheet : workbook) {
                        for (Row row : sheet) {
                            row.forEach(cell -> text.append(cell).append('\n'));
                        }
                    }
                }
            }
        }
        return text.toString();
    }
}
