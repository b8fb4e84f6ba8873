package cn.certsift.jobs.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a child JVM, as the launcher runs it, so that a test can kill it for real
 * (SIGKILL: no shutdown hook, no finally block runs) and watch what it prints.
 */
final class ChildRun implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildRun(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException streamClosedByKill) {
                lines.add("[output closed: " + streamClosedByKill.getMessage() + "]");
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildRun start(Path work, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("--add-opens") || arg.startsWith("-XX:+IgnoreUnrecognized"))
                .forEach(command::add);
        command.add("-Xmx1g");
        command.add("-Dcertsift.home=" + System.getProperty("certsift.home"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("cn.certsift.jobs.cli.Main");
        command.addAll(List.of(args));
        command.add("--set");
        command.add("certsift.work-dir=" + work);
        command.add("--set");
        command.add("certsift.spark.master=local[2]");
        return new ChildRun(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits until the child prints a line containing {@code text}; fails with what it printed otherwise. */
    void awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (line.contains(text)) {
                    return;
                }
            } else if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("the child never printed '" + text + "'; it printed:\n" + String.join("\n", output()));
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not finish in " + timeout + ":\n" + String.join("\n", output()));
        }
        return process.exitValue();
    }

    List<String> output() throws InterruptedException {
        Thread.sleep(100);
        lines.drainTo(seen);
        return seen;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
