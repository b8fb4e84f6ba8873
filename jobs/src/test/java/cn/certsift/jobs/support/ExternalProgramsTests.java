package cn.certsift.jobs.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the programs tests run, failing with how to install one, and the test command's installer. */
class ExternalProgramsTests {

    private static final Path HOME = Path.of(System.getProperty("certsift.home", "..")).toAbsolutePath().normalize();
    private static final Map<String, String> PACKAGES = Map.of("soffice", "libreoffice-calc-nogui", "pdftotext", "poppler-utils");

    @TempDir
    Path folder;

    @Test
    void aProgramIsFoundInTheFirstPathFolderWhereItIsAnExecutableFile() throws Exception {
        Path notExecutable = Files.createDirectories(folder.resolve("a"));
        Files.writeString(notExecutable.resolve("pdftotext"), "");
        Path bin = Files.createDirectories(folder.resolve("b"));
        executable(bin.resolve("pdftotext"), "#!/bin/sh\n");
        String path = notExecutable + File.pathSeparator + folder.resolve("missing") + File.pathSeparator + bin;
        assertEquals(bin.resolve("pdftotext"), ExternalPrograms.find("pdftotext", path, PACKAGES));
    }

    @Test
    void aMissingProgramFailsTheTestNamingItsPackageAndTheTestCommand() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> ExternalPrograms.find("soffice", folder.toString(), PACKAGES));
        assertTrue(failure.getMessage().contains("needs the program soffice"), failure.getMessage());
        assertTrue(failure.getMessage().contains("apt-get install libreoffice-calc-nogui"), failure.getMessage());
        assertTrue(failure.getMessage().contains(".ci/verify"), failure.getMessage());
    }

    @Test
    void aProgramOutsideTheTableIsAMistakeOfTheTest() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> ExternalPrograms.find("libreoffice", folder.toString(), PACKAGES));
        assertTrue(failure.getMessage().contains(".ci/test-programs"), failure.getMessage());
    }

    @Test
    void theTableNamesTheDebianPackageOfEveryProgramTheTestsUse() {
        assertEquals(Map.of("soffice", "libreoffice-calc-nogui", "pdftotext", "poppler-utils", "pdftoppm", "poppler-utils",
                "chromium", "chromium", "chromedriver", "chromium-driver"), ExternalPrograms.table(HOME));
    }

    @Test
    void theInstallerUpdatesOnceAndInstallsOnlyThePackagesOfMissingPrograms() throws Exception {
        Path bin = standIns("soffice", "pdftotext");
        Run run = install(bin);
        if (isRoot()) {
            assertEquals(List.of("update -qq", "install -y -qq poppler-utils chromium chromium-driver fonts-noto-cjk"), run.aptCalls(),
                    run.output());
            assertTrue(run.output().contains("missing: pdftoppm (poppler-utils), chromium (chromium)"), run.output());
        } else {
            assertEquals(List.of(), run.aptCalls(), "apt-get is left alone without root: " + run.output());
            assertTrue(run.output().contains("not root"), run.output());
        }
        assertEquals(0, run.exitCode(), run.output());
    }

    @Test
    void theInstallerCallsNoAptGetWhenNothingIsMissing() throws Exception {
        Path bin = standIns("soffice", "pdftotext", "pdftoppm", "chromium", "chromedriver");
        executable(bin.resolve("fc-list"), "#!/bin/bash\necho 'Noto Sans CJK SC'\n");
        Run run = install(bin);
        assertEquals(List.of(), run.aptCalls(), run.output());
        assertEquals(0, run.exitCode(), run.output());
    }

    private Path standIns(String... programs) throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        for (String program : programs) {
            executable(bin.resolve(program), "#!/bin/bash\n");
        }
        executable(bin.resolve("apt-get"), "#!/bin/bash\necho \"$*\" >> \"$APT_CALLS\"\n");
        return bin;
    }

    private record Run(int exitCode, String output, List<String> aptCalls) {
    }

    /** The real installer with PATH holding only the stand-ins: apt-get records its calls instead of installing. */
    private Run install(Path bin) throws Exception {
        Path calls = folder.resolve("apt-calls.txt");
        Files.writeString(calls, "");
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", HOME.resolve(".ci/install-test-programs").toString())
                .redirectErrorStream(true);
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("APT_CALLS", calls.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the installer ended");
        return new Run(process.exitValue(), output, Files.readAllLines(calls));
    }

    private static void executable(Path file, String content) throws Exception {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
