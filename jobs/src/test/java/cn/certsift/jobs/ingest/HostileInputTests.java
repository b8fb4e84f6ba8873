package cn.certsift.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus (src/test/resources/hostile) is either refused with a clear reason or
 * read with its bad rows quarantined, as {@code expected-outcomes.csv} says; nothing crashes, and read =
 * accepted + quarantined holds for each.
 */
class HostileInputTests {

    @TempDir
    Path output;

    static Stream<Arguments> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(HostileInputTests.class.getResource("/hostile").toURI());
        List<String> lines = Files.readAllLines(folder.resolve("expected-outcomes.csv"), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1))
                .map(cells -> Arguments.of(folder.resolve(cells[0]), SourceKind.byId(cells[1]).orElseThrow(),
                        FileReport.Status.valueOf(cells[2]), Long.parseLong(cells[3]), Long.parseLong(cells[4]),
                        Long.parseLong(cells[5]), cells[6]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileFileIsRefusedOrQuarantinedWithAClearReason(Path file, SourceKind kind, FileReport.Status status, long read,
                                                               long accepted, long quarantined, String reason) throws IOException {
        RunFolders run = new RunFolders(output);
        SourceReport report = new SourceIngestion(HeaderDictionary.contractOnly(), 20, 1, false)
                .ingest(kind, List.of(file), run, Optional.empty());

        FileReport fileReport = report.files().get(0);
        assertEquals(status, fileReport.status(), fileReport.toString());
        assertEquals(List.of(read, accepted, quarantined),
                List.of(fileReport.read(), fileReport.accepted(), fileReport.quarantined()), fileReport.toString());
        assertEquals(fileReport.read(), fileReport.accepted() + fileReport.quarantined());
        String quarantine = Files.readString(run.quarantineCsv(kind), StandardCharsets.UTF_8)
                + Files.readString(run.droppedValuesCsv(kind), StandardCharsets.UTF_8);
        String explanation = fileReport.status() == FileReport.Status.FAILED ? fileReport.errorZh() : quarantine;
        assertTrue(explanation.contains(reason), "expected the reason '" + reason + "' in: " + explanation);
        assertFalse(quarantine.contains("root:"), "no external entity was resolved");
    }
}
