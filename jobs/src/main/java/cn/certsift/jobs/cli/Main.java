package cn.certsift.jobs.cli;

import cn.certsift.jobs.nightly.NightlyRuns;
import cn.certsift.jobs.nightly.RunFailure;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/**
 * Entry point of the {@code certsift} launcher. Exit codes: 0 success (findings are a result, not an
 * error), 1 the run or command could not be completed (one-line reason on stderr, details in the log
 * file), 2 the command line was wrong.
 */
public final class Main {

    static final int FAILED = 1;

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Path home;
        try {
            home = Home.locate();
        } catch (IllegalStateException noConf) {
            err.println("certsift: " + noConf.getMessage());
            return FAILED;
        }
        Home.prepareLogging(home);
        HomeAwareFactory factory = new HomeAwareFactory(home);
        CommandLine commandLine = new CommandLine(new CertSiftCommand(), factory).setOut(out).setErr(err);
        benchmark().ifPresent(bench -> commandLine.addSubcommand("bench", new CommandLine(bench, factory)));
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            LoggerFactory.getLogger(Main.class).error("certsift {} failed", cmd.getCommandName(), failure);
            cmd.getErr().println("certsift: " + oneLine(failure) + "（详见日志 / details in "
                    + Path.of(System.getProperty("LOG_PATH"), "certsift.log") + "）");
            return FAILED;
        });
        return commandLine.execute(args);
    }

    static String oneLine(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RunFailure) {
                return cause.getMessage();
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException database) {
                return "作业库（数据库）无法访问 / cannot reach the job repository database: "
                        + database.getMessage().lines().findFirst().orElse("");
            }
        }
        return NightlyRuns.rootMessage(failure);
    }

    /**
     * The benchmark command, present only in a build with the {@code bench} Maven profile (which brings
     * DuckDB); {@code ./certsift bench} builds that way.
     */
    private static Optional<Class<?>> benchmark() {
        try {
            return Optional.of(Class.forName("cn.certsift.jobs.bench.BenchCommand"));
        } catch (ClassNotFoundException builtWithoutBenchProfile) {
            return Optional.empty();
        }
    }

    /** Gives commands the home folder through their constructor. */
    private record HomeAwareFactory(Path home) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Path.class).newInstance(home);
            } catch (NoSuchMethodException noHomeConstructor) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
