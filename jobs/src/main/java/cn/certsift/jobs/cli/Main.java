package cn.certsift.jobs.cli;

import java.nio.file.Path;

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
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        Path home;
        try {
            home = Home.locate();
        } catch (IllegalStateException noConf) {
            System.err.println("certsift: " + noConf.getMessage());
            return FAILED;
        }
        Home.prepareLogging(home);
        CommandLine commandLine = new CommandLine(new CertSiftCommand(), new HomeAwareFactory(home));
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            LoggerFactory.getLogger(Main.class).error("certsift {} failed", cmd.getCommandName(), failure);
            cmd.getErr().println("certsift: " + oneLine(failure) + "（详见日志 / details in " + home.resolve("work/logs/certsift.log") + "）");
            return FAILED;
        });
        return commandLine.execute(args);
    }

    static String oneLine(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof cn.certsift.jobs.nightly.RunFailure) {
                return cause.getMessage();
            }
        }
        return cn.certsift.jobs.nightly.NightlyRuns.rootMessage(failure);
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
