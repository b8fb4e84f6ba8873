package cn.certsift.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.source.SourceKind;
import cn.certsift.common.text.Digests;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When tonight's file number i may take over its staging from the previous run, and when it is read. */
class PreviousIngestTests {

    private static final SourceKind KIND = SourceKind.REGISTRY_MEM;
    private static final String FINGERPRINT = "0f".repeat(32);
    private static final String PART_1 = "registry_mem_part01.csv";
    private static final String PART_2 = "registry_mem_part02.csv";
    private static final String CONTENT_1 = "证书编号,姓名,身份证号\r\nT440305198501011231,王伟,440305198501011231\r\n";
    private static final String CONTENT_2 = "证书编号,姓名,身份证号\r\nT440305198602022343,李强,440305198602022343\r\n";

    @TempDir
    Path folder;

    private RunFolders previous;
    private PreviousIngest ingest;

    @BeforeEach
    void previousRunWithTwoFiles() throws IOException {
        previous = new RunFolders(folder.resolve("2026-11-19"));
        for (int index = 0; index < 2; index++) {
            touch(previous.stagingPart(KIND, index));
            touch(previous.quarantineParquetPart(KIND, index));
        }
        touch(previous.quarantineCsv(KIND));
        touch(previous.droppedValuesCsv(KIND));
        ingest = PreviousIngest.of(KIND, previous, report(ingested(PART_1, sha256(CONTENT_1)), ingested(PART_2, sha256(CONTENT_2))),
                FINGERPRINT).orElseThrow();
    }

    @Test
    void theSameNameAndBytesAtTheSamePlaceReuseTheStaging() {
        ReuseDecision.Reuse reuse = assertInstanceOf(ReuseDecision.Reuse.class, ingest.decide(1, PART_2, sha256(CONTENT_2)));
        assertEquals(previous, reuse.run());
        assertEquals(PART_2, reuse.report().file());
    }

    @Test
    void oneChangedByteIsReadAgain() {
        String changed = CONTENT_1.replace("王伟", "王玮");
        assertEquals(CONTENT_1.length(), changed.length());
        assertTrue(read(ingest.decide(0, PART_1, sha256(changed))).contains(PART_1 + " changed since the run in " + previous.root()));
    }

    @Test
    void aRenamedFileIsReadAgain() {
        assertTrue(read(ingest.decide(0, "registry_mem_2026-11-20.csv", sha256(CONTENT_1))).contains("was not file 1"));
    }

    @Test
    void reorderedFilesAreReadAgainBecauseRowIdsCarryTheirPlace() {
        read(ingest.decide(0, PART_2, sha256(CONTENT_2)));
        read(ingest.decide(1, PART_1, sha256(CONTENT_1)));
    }

    @Test
    void aFileBeyondThoseOfThePreviousRunIsRead() {
        assertTrue(read(ingest.decide(2, "registry_mem_part03.csv", sha256(CONTENT_1))).contains("is new since"));
    }

    @Test
    void otherSettingsReuseNothing() {
        assertTrue(PreviousIngest.of(KIND, previous, report(ingested(PART_1, sha256(CONTENT_1))), "1e".repeat(32)).isEmpty());
    }

    @Test
    void aReportWithoutFingerprintFromAnOlderVersionReusesNothing() {
        assertTrue(PreviousIngest.of(KIND, previous, new SourceReport(KIND.id(), null, List.of()), FINGERPRINT).isEmpty());
    }

    @Test
    void aDeletedStagingPartIsReadAgainTheOtherFileStillReused() throws IOException {
        Files.delete(previous.stagingPart(KIND, 0));
        assertTrue(read(ingest.decide(0, PART_1, sha256(CONTENT_1))).contains(previous.stagingPart(KIND, 0) + " is gone"));
        assertInstanceOf(ReuseDecision.Reuse.class, ingest.decide(1, PART_2, sha256(CONTENT_2)));
    }

    @Test
    void aDeletedQuarantinePartOrCsvIsReadAgain() throws IOException {
        Files.delete(previous.quarantineParquetPart(KIND, 1));
        read(ingest.decide(1, PART_2, sha256(CONTENT_2)));
        Files.delete(previous.droppedValuesCsv(KIND));
        read(ingest.decide(0, PART_1, sha256(CONTENT_1)));
    }

    @Test
    void aFileThatCouldNotBeReadThenIsReadAgain() {
        FileReport failed = FileReport.failed(PART_1, sha256(CONTENT_1), "CSV", "文件为空", "the file is empty");
        PreviousIngest withFailure = PreviousIngest.of(KIND, previous, report(failed), FINGERPRINT).orElseThrow();
        assertTrue(read(withFailure.decide(0, PART_1, sha256(CONTENT_1))).contains("could not be read then"));
    }

    @Test
    void aRunWithoutIngestReportReusesNothing() {
        assertTrue(PreviousIngest.read(KIND, new RunFolders(folder.resolve("empty")), FINGERPRINT).isEmpty());
    }

    @Test
    void anUnreadableIngestReportReusesNothing() throws IOException {
        Files.createDirectories(previous.ingestReport(KIND).getParent());
        Files.writeString(previous.ingestReport(KIND), "{\"source\": \"registry_mem\", \"files\": [", StandardCharsets.UTF_8);
        assertTrue(PreviousIngest.read(KIND, previous, FINGERPRINT).isEmpty());
    }

    private static String read(ReuseDecision decision) {
        return assertInstanceOf(ReuseDecision.Read.class, decision).why();
    }

    private static SourceReport report(FileReport... files) {
        return new SourceReport(KIND.id(), FINGERPRINT, List.of(files));
    }

    private static FileReport ingested(String file, String sha256) {
        return new FileReport(file, "CSV UTF-8", FileReport.Status.INGESTED, null, null, 1L, 1, 1, 0, 0, List.of(), List.of(),
                sha256, null);
    }

    private static String sha256(String content) {
        return Digests.sha256Hex(content.getBytes(StandardCharsets.UTF_8));
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.createFile(file);
    }
}
