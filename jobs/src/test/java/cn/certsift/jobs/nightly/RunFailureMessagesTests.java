package cn.certsift.jobs.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faults a user meets as one line in their terms: a full disk, a work folder another run holds. */
class RunFailureMessagesTests {

    @Test
    void aFullDiskSaysSoAndWhatToDoWhateverLayerMetIt() {
        Throwable failure = new IllegalStateException("Job aborted due to stage failure",
                new UncheckedIOException(new IOException("No space left on device")));

        String reason = NightlyRuns.rootMessage(failure);

        assertTrue(reason.startsWith("磁盘空间已满"), reason);
        assertTrue(reason.contains("the disk is full") && reason.contains("rerun the same command"), reason);
        assertEquals(1, reason.lines().count());
    }

    @Test
    void anyOtherFailureIsItsInnermostCauseInOneLine() {
        assertEquals("IOException: Permission denied", NightlyRuns.rootMessage(
                new IllegalStateException("outer", new IOException("Permission denied\n\tat somewhere"))));
    }

    @Test
    void aSecondRunOnTheSameWorkFolderIsRefusedWithTheLockFile(@TempDir Path work) throws IOException {
        try (RunLock first = RunLock.acquire(work)) {
            RunFailure refused = assertThrows(RunFailure.class, () -> RunLock.acquire(work));
            assertEquals("另一个夜间任务正在运行（" + work.resolve("nightly.lock") + " 已被占用） / another nightly run is in "
                    + "progress (" + work.resolve("nightly.lock") + " is locked)", refused.getMessage());
        }
        try (RunLock afterwards = RunLock.acquire(work)) {
            assertTrue(work.resolve("nightly.lock").toFile().exists(), "the lock is free again once the first run ends");
        }
    }
}
