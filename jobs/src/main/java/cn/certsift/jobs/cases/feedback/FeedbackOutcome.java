package cn.certsift.jobs.cases.feedback;

import java.util.List;

/** What an import did with each file and why rows were rejected. */
public record FeedbackOutcome(List<FileOutcome> files) {

    /** A rejected row: where it is and each problem, in Chinese. */
    public record Problem(String place, String findingId, List<String> reasons) {
    }

    /**
     * One file: rows filled in, applied (a new or changed verification), unchanged (the same as the case's
     * latest verification), rejected; unfilled rows are findings not verified yet. {@code unreadable} is
     * the reason the whole file could not be read, or null.
     */
    public record FileOutcome(String file, String districts, int filled, int applied, int unchanged, int unfilled,
                              List<Problem> problems, String unreadable) {
    }

    public boolean clean() {
        return files.stream().allMatch(file -> file.unreadable() == null && file.problems().isEmpty());
    }

    public int applied() {
        return files.stream().mapToInt(FileOutcome::applied).sum();
    }

    public int rejected() {
        return files.stream().mapToInt(file -> file.problems().size()).sum();
    }
}
