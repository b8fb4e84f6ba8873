package cn.certsift.jobs.nightly;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One nightly run at a time per work folder. Held while a run executes; the operating system releases
 * it when the process dies, so a run found STARTED in the job repository while the lock is free was
 * killed and can be recovered.
 */
final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path file = workDir.resolve("nightly.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            channel.close();
            throw locked(file, heldByThisProcess);
        }
        if (lock == null) {
            channel.close();
            throw locked(file, null);
        }
        return new RunLock(channel, lock);
    }

    private static RunFailure locked(Path file, Throwable cause) {
        return new RunFailure("另一个夜间任务正在运行（" + file + " 已被占用）",
                "another nightly run is in progress (" + file + " is locked)", cause);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
