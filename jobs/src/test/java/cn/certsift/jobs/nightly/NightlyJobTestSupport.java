package cn.certsift.jobs.nightly;

import cn.certsift.jobs.CertSiftApplication;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.spark.SparkExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the real application context with conf/ from the repository, a job repository of its own in a
 * temporary work folder, and the test Spark session (started first, so the application reuses it).
 */
@SpringBootTest(classes = CertSiftApplication.class,
        args = {"--spring.config.additional-location=file:../conf/", "--certsift.home=.."})
@ExtendWith(SparkExtension.class)
abstract class NightlyJobTestSupport {

    /** The run date of the fixture nightly/night1, and the night after. */
    static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 20);
    static final LocalDate NIGHT_2 = LocalDate.of(2026, 11, 21);

    private static final Path WORK = temporaryFolder("certsift-work");

    @Autowired
    protected NightlyRuns runs;

    @DynamicPropertySource
    static void workFolder(DynamicPropertyRegistry registry) {
        registry.add("certsift.work-dir", WORK::toString);
    }

    @BeforeAll
    static void startTestSpark() {
        SparkExtension.session();
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a fixture input folder from src/test/resources, so a test may change it. */
    static Path copyOf(String resourceFolder, Path target) throws IOException {
        Path source;
        try {
            source = Path.of(NightlyJobTestSupport.class.getResource("/" + resourceFolder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(resourceFolder, e);
        }
        Folders.deleteRecursively(target);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /** The findings.csv rows as column → value maps (the file is UTF-8 with a byte-order mark). */
    static List<Map<String, String>> findingsCsv(Path output) throws IOException {
        return csvRows(output.resolve("findings.csv"));
    }

    /** The rows of one of the run's CSV outputs as column → value maps (UTF-8 with a byte-order mark, one line per row). */
    static List<Map<String, String>> csvRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).substring(1).split(",");
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            return row;
        }).toList();
    }
}
