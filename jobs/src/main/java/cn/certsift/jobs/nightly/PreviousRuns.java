package cn.certsift.jobs.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The earlier run that tonight's findings are compared with: {@code --previous} when given, otherwise
 * the newest completed run (a folder with run-summary.json and findings/) beside the output folder
 * whose run date is before tonight's.
 */
final class PreviousRuns {

    private PreviousRuns() {
    }

    static Optional<Path> locate(NightlyRun run) throws IOException {
        Path output = run.output().toAbsolutePath().normalize();
        if (run.previous().isPresent()) {
            Path previous = run.previous().get().toAbsolutePath().normalize();
            if (previous.equals(output)) {
                throw new RunFailure("--previous 不能与 --output 相同：" + previous, "--previous must not be the output folder: " + previous);
            }
            if (!Files.isDirectory(new RunFolders(previous).findings())) {
                throw new RunFailure("--previous 指定的目录中没有上一次运行的 findings/：" + previous,
                        "--previous holds no findings/ of an earlier run: " + previous);
            }
            return Optional.of(previous);
        }
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(Files::isDirectory)
                    .filter(folder -> !folder.toAbsolutePath().normalize().equals(output))
                    .map(PreviousRuns::completedRun)
                    .flatMap(Optional::stream)
                    .filter(candidate -> candidate.runDate().isBefore(run.runDate()))
                    .max(Comparator.comparing(Candidate::runDate).thenComparing(Candidate::folder))
                    .map(Candidate::folder);
        }
    }

    private record Candidate(Path folder, LocalDate runDate) {
    }

    private static Optional<Candidate> completedRun(Path folder) {
        RunFolders run = new RunFolders(folder);
        if (!Files.isRegularFile(run.runSummary()) || !Files.isDirectory(run.findings())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Candidate(folder, LocalDate.parse(RunSummary.read(run.runSummary()).runDate())));
        } catch (IOException | RuntimeException unreadable) {
            org.slf4j.LoggerFactory.getLogger(PreviousRuns.class)
                    .warn("not comparing with {}: its run-summary.json cannot be read ({})", folder, unreadable.getMessage());
            return Optional.empty();
        }
    }
}
