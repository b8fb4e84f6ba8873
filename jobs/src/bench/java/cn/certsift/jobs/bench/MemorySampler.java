package cn.certsift.jobs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples the resident memory of this process (Linux {@code /proc/self/status}) ten times a second, so
 * that each step's peak can be read off afterwards from its start and end time.
 */
final class MemorySampler implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final long INTERVAL_MS = 100;

    private record Sample(LocalDateTime at, long residentKiB) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    MemorySampler() {
        thread = new Thread(this::sample, "bench-memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            long rss = read("VmRSS:");
            synchronized (samples) {
                samples.add(new Sample(LocalDateTime.now(), rss));
            }
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The highest resident memory sampled between two instants, in MiB. */
    long peakMiB(LocalDateTime from, LocalDateTime to) {
        synchronized (samples) {
            return samples.stream().filter(s -> !s.at().isBefore(from) && !s.at().isAfter(to))
                    .mapToLong(Sample::residentKiB).max().orElse(0) / 1024;
        }
    }

    /** The process's resident high-water mark since it started, in MiB. */
    static long highWaterMarkMiB() {
        return read("VmHWM:") / 1024;
    }

    private static long read(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
            throw new IllegalStateException(STATUS + " has no " + field + " line");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STATUS + " (the benchmark measures memory on Linux)", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
