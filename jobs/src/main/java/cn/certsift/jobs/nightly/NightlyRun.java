package cn.certsift.jobs.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The parameters of one nightly run, as the steps see them: input folder, output folder, run date,
 * and the earlier run to compare with. A step-scoped bean built from the job parameters.
 */
public class NightlyRun {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String RUN_DATE = "runDate";
    public static final String PREVIOUS = "previous";
    public static final String ATTEMPT = "attempt";

    private final Path input;
    private final Path output;
    private final LocalDate runDate;
    private final Path previous;

    public NightlyRun(String input, String output, LocalDate runDate, String previous) {
        this.input = Path.of(input);
        this.output = Path.of(output);
        this.runDate = runDate;
        this.previous = previous == null || previous.isBlank() ? null : Path.of(previous);
    }

    public Path input() {
        return input;
    }

    public Path output() {
        return output;
    }

    public LocalDate runDate() {
        return runDate;
    }

    public Optional<Path> previous() {
        return Optional.ofNullable(previous);
    }

    public RunFolders folders() {
        return new RunFolders(output);
    }
}
