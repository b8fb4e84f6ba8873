package cn.certsift.jobs.workbook;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a program the tests run (LibreOffice, poppler) on the PATH, or fails naming it and how to
 * install it. The one place tests look programs up; a shared test-support lookup can replace it.
 */
final class ExternalProgram {

    private ExternalProgram() {
    }

    /** The program's path; fails the test with what to install when it is missing. */
    static Path require(String name, String installHint) {
        return find(name).orElseThrow(() -> new IllegalStateException(name + " is not on the PATH (" + System.getenv("PATH")
                + "); the workbook rendering tests need it: " + installHint));
    }

    private static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
