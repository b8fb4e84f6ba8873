package cn.certsift.jobs.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The programs tests run beyond Java (soffice, pdftotext, pdftoppm, chromium, chromedriver), found on
 * the PATH. The table of programs and the Debian packages that provide them is {@code .ci/test-programs},
 * the same that the README's test command {@code .ci/verify} installs from. A test never skips for a
 * missing program: {@link #require(String)} fails it, naming the program and how to install it.
 *
 * <pre>{@code Path soffice = ExternalPrograms.require("soffice");}</pre>
 */
public final class ExternalPrograms {

    static final String TEST_COMMAND = ".ci/verify";

    private ExternalPrograms() {
    }

    /** The program's path on this machine's PATH; an {@link AssertionError} that says how to install it otherwise. */
    public static Path require(String program) {
        return find(program, System.getenv("PATH"), table(Path.of(System.getProperty("certsift.home", ".."))));
    }

    static Path find(String program, String searchPath, Map<String, String> packages) {
        String debianPackage = packages.get(program);
        if (debianPackage == null) {
            throw new IllegalArgumentException("'" + program + "' is not one of the programs the tests may use "
                    + packages.keySet() + "; add it, with its Debian package, to .ci/test-programs");
        }
        for (String folder : (searchPath == null ? "" : searchPath).split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path candidate = Path.of(folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("This test needs the program " + program + ", which is not installed (not on PATH "
                + searchPath + "). Install the Debian package " + debianPackage + " (apt-get install " + debianPackage
                + "), or run the tests with the README's test command " + TEST_COMMAND
                + ", which installs what the tests need when run as root.");
    }

    /** Program → Debian package, from {@code .ci/test-programs} under {@code home} (checks such as {@code font:zh} left out). */
    static Map<String, String> table(Path home) {
        Path file = home.resolve(".ci").resolve("test-programs");
        Map<String, String> packages = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length >= 2 && !fields[0].startsWith("#") && !fields[0].contains(":")) {
                    packages.put(fields[0], fields[1]);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the table of programs the tests need, " + file, unreadable);
        }
        return packages;
    }
}
