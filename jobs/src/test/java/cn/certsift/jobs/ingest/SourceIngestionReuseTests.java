package cn.certsift.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source ingested a second time from unchanged files takes over the first run's staging, and its
 * outputs are those of a full read: staging and quarantine parts, the quarantine CSVs, the reports.
 */
class SourceIngestionReuseTests {

    private static final SourceKind KIND = SourceKind.REGISTRY_MEM;
    private static final String HEADER = "证书编号,姓名,身份证号,证书类型,作业类别,操作项目,有效期起,有效期止,应复审日期,复审日期,证书状态\n";

    @TempDir
    Path folder;

    private List<Path> files;
    private RunFolders previous;

    @BeforeEach
    void twoFilesIngestedTheNightBefore() throws IOException {
        Path input = Files.createDirectories(folder.resolve("in"));
        files = List.of(input.resolve("registry_mem_part01.csv"), input.resolve("registry_mem_part02.csv"));
        Files.writeString(files.get(0), HEADER
                + "T440305198501011231,王伟,440305198501011231,特种作业操作证,电工作业,低压电工作业,2022-01-10,2028-01-09,2025-01-10,2024-12-01,有效\n"
                + "T440305198602022343,,440305198602022343,特种作业操作证,电工作业,,2022-01-10,2028-01-09,2025-01-10,2024-11-20,有效\n"
                + "T440305198703033455,周杰,440305198703033455,特种作业操作证,焊接与热切割作业,,2022-01-10,2026-11-19,2025年,,有效\n",
                StandardCharsets.UTF_8);
        Files.writeString(files.get(1), HEADER
                + "T440305198804044567,吴磊,440305198804044567,特种作业操作证,电工作业,,2022-01-10,2028-01-09,2025-01-10,2024-12-01,吊销\n"
                + "T440305198905055679,\"郑爽\",440305198905055679,特种作业操作证,电工作业,,不是日期,2028-01-09,2026-06-01,,有效\n"
                + "T440305199309099127,钱进,440305199309099127,特种作业操作证,电工作业,,2022-01-10,2028-01-09,下月,,有效\n",
                StandardCharsets.UTF_8);
        previous = new RunFolders(folder.resolve("runs/2026-11-19"));
        ingestion(true).ingest(KIND, files, previous, Optional.empty());
    }

    @Test
    void unchangedFilesTakeOverTheStagingAndGiveTheOutputsOfAFullRead() throws IOException {
        RunFolders tonight = new RunFolders(folder.resolve("runs/2026-11-20"));
        SourceReport reused = ingestion(true).ingest(KIND, files, tonight, Optional.of(previous));
        RunFolders full = new RunFolders(folder.resolve("full/2026-11-20"));
        SourceReport read = ingestion(false).ingest(KIND, files, full, Optional.of(previous));

        for (int index = 0; index < files.size(); index++) {
            assertEquals(read.files().get(index).reusedFromRun(previous.root()), reused.files().get(index));
            assertTrue(Files.isSameFile(previous.stagingPart(KIND, index), tonight.stagingPart(KIND, index)), "hard-linked");
        }
        assertEquals(read.settingsFingerprint(), reused.settingsFingerprint());
        assertEquals(List.of(1L, 1L, 1L, 1L), read.files().stream().flatMap(file -> Stream.of(file.quarantined(), file.droppedValues()))
                .toList(), "each file of the fixture has a rejected row and a dropped value");
        assertSameOutputs(full, tonight);
    }

    @Test
    void aChangedFileIsReadAndTheOtherReused() throws IOException {
        Files.writeString(files.get(1), Files.readString(files.get(1)).replace(",吊销\n", ",有效\n"));
        RunFolders tonight = new RunFolders(folder.resolve("runs/2026-11-20"));
        SourceReport report = ingestion(true).ingest(KIND, files, tonight, Optional.of(previous));
        RunFolders full = new RunFolders(folder.resolve("full/2026-11-20"));
        ingestion(false).ingest(KIND, files, full, Optional.of(previous));

        assertEquals(previous.root().toString(), report.files().get(0).reusedFrom());
        assertNull(report.files().get(1).reusedFrom());
        assertNotEquals(SourceIngestion.readReport(previous.ingestReport(KIND)).files().get(1).sha256(), report.files().get(1).sha256());
        assertSameOutputs(full, tonight);
    }

    @Test
    void aRestartedIngestGivesTheSameResultAndLeavesThePreviousRunAsItWas() throws IOException {
        byte[] previousStaging = Files.readAllBytes(previous.stagingPart(KIND, 0));
        RunFolders tonight = new RunFolders(folder.resolve("runs/2026-11-20"));
        SourceReport first = ingestion(true).ingest(KIND, files, tonight, Optional.of(previous));
        SourceReport restarted = ingestion(true).ingest(KIND, files, tonight, Optional.of(previous));

        assertEquals(first, restarted);
        assertArrayEquals(previousStaging, Files.readAllBytes(previous.stagingPart(KIND, 0)));
        assertEquals(first, SourceIngestion.readReport(tonight.ingestReport(KIND)));
    }

    @Test
    void anIngestThatBrokeOffLeavesNoReportSoALaterRunTakesNothingFromIt() throws IOException {
        List<Path> withVanishedFile = List.of(files.get(0), folder.resolve("in/registry_mem_part03.csv"));
        assertThrows(NoSuchFileException.class, () -> ingestion(true).ingest(KIND, withVanishedFile, previous, Optional.empty()));

        assertFalse(Files.exists(previous.ingestReport(KIND)), "the report of the earlier attempt is gone with its staging");
        SourceReport report = ingestion(true).ingest(KIND, files, new RunFolders(folder.resolve("runs/2026-11-20")),
                Optional.of(previous));
        assertTrue(report.files().stream().allMatch(file -> file.reusedFrom() == null), report.toString());
    }

    @Test
    void aFileWhoseQuarantineRowsAreMissingFromThePreviousCsvIsRead() throws IOException {
        List<String> kept = new ArrayList<>(Files.readAllLines(previous.quarantineCsv(KIND), StandardCharsets.UTF_8));
        kept.removeIf(line -> line.startsWith("registry_mem_part01.csv,"));
        Files.write(previous.quarantineCsv(KIND), kept, StandardCharsets.UTF_8);
        SourceReport report = ingestion(true).ingest(KIND, files, new RunFolders(folder.resolve("runs/2026-11-20")),
                Optional.of(previous));

        assertNull(report.files().get(0).reusedFrom());
        assertEquals(previous.root().toString(), report.files().get(1).reusedFrom());
    }

    @Test
    void switchedOffEveryFileIsRead() throws IOException {
        SourceReport report = ingestion(false).ingest(KIND, files, new RunFolders(folder.resolve("runs/2026-11-20")),
                Optional.of(previous));
        assertTrue(report.files().stream().allMatch(file -> file.reusedFrom() == null), report.toString());
    }

    private static SourceIngestion ingestion(boolean reuseUnchangedFiles) {
        return new SourceIngestion(HeaderDictionary.contractOnly(), 20, 2, reuseUnchangedFiles);
    }

    private void assertSameOutputs(RunFolders expected, RunFolders actual) throws IOException {
        List<Path> outputs = new ArrayList<>(List.of(Path.of("quarantine", KIND.id() + ".csv"),
                Path.of("quarantine", KIND.id() + "_dropped_values.csv")));
        for (int index = 0; index < files.size(); index++) {
            outputs.add(expected.root().relativize(expected.stagingPart(KIND, index)));
            outputs.add(expected.root().relativize(expected.quarantineParquetPart(KIND, index)));
        }
        for (Path output : outputs) {
            assertArrayEquals(Files.readAllBytes(expected.root().resolve(output)), Files.readAllBytes(actual.root().resolve(output)),
                    output.toString());
        }
    }
}
