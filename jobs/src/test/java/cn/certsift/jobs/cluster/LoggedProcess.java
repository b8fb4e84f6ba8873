package cn.certsift.jobs.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM whose output goes to a log file. Closing it stops it and every process it started (a
 * Spark worker starts executors): politely first, forcibly after a grace period.
 */
final class LoggedProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final int TAIL_LINES = 60;

    private final String name;
    private final Process process;
    private final Path log;

    private LoggedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static LoggedProcess start(String name, List<String> command, Map<String, String> environment, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new LoggedProcess(name, builder.start(), log);
    }

    /** Waits for a log line matching {@code line}; fails with the end of the log if the process dies or time runs out. */
    Matcher awaitLog(Pattern line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Matcher matcher = line.matcher(logText());
            if (matcher.find()) {
                return matcher;
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before logging '" + line + "'; "
                        + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not log '" + line + "' within " + timeout + "; " + tail());
            }
            Thread.sleep(200);
        }
    }

    /** Waits for the process to end and returns its exit code; fails with the end of the log if it takes too long. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not finish within " + timeout + "; " + tail());
        }
        return process.exitValue();
    }

    String tail() {
        List<String> lines;
        try {
            lines = logText().lines().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the log of " + name + ": " + log, unreadable);
        }
        return "last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private String logText() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    /** Stops the process, then whatever it started and left running, and waits until they are all gone. */
    @Override
    public void close() throws InterruptedException, ExecutionException {
        List<ProcessHandle> descendants = process.descendants().toList();
        stop(process.toHandle());
        for (ProcessHandle child : descendants) {
            stop(child);
        }
    }

    private void stop(ProcessHandle handle) throws InterruptedException, ExecutionException {
        handle.destroy();
        try {
            handle.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException ignoresTerm) {
            handle.destroyForcibly();
            handle.onExit().get();
        }
    }
}
