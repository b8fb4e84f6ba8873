package cn.certsift.jobs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.nightly.RunSummary;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The nightly job on a Spark standalone cluster (a master and two workers on 127.0.0.1) finds exactly
 * what it finds in local mode. Both runs start the packaged application as ./certsift does ({@code java
 * -jar jobs/target/certsift-jobs.jar}), the cluster run with {@code --profile cluster}: executors get
 * CertSift's classes only from that profile's spark.jars, so a jar missing there fails the run. The input
 * is the night1 fixture plus one roster row whose name is a homophone of the certificate holder's, so
 * that executors also need the pinyin library. Run by ./mvnw verify (failsafe), after the jars are built.
 */
class ClusterRunIT {

    private static final Path HOME = Path.of(requiredProperty("certsift.home")).toAbsolutePath().normalize();
    private static final Path TARGET = Path.of(requiredProperty("certsift.it.target"));
    private static final List<String> SPARK_JVM_OPTIONS = Arrays.asList(requiredProperty("certsift.it.jvm-opens").split("\\s+"));
    private static final String RUN_DATE = "2026-11-20";
    private static final Duration CLUSTER_START = Duration.ofSeconds(90);
    private static final Duration JOB_RUN = Duration.ofMinutes(4);

    @Test
    void theClusterFindsWhatLocalModeFinds() throws Exception {
        Path folder = TARGET.resolve("cluster-it");
        Folders.deleteRecursively(folder);
        Path input = input(folder.resolve("input"));
        try (StandaloneCluster cluster = StandaloneCluster.start(TARGET.resolve("spark-home"), SPARK_JVM_OPTIONS, 2,
                folder.resolve("cluster"))) {
            // The local run goes first, while the cluster starts.
            Path local = nightly(folder.resolve("local"), input, Map.of(), "--set", "certsift.spark.master=local[*]");
            cluster.awaitReady(CLUSTER_START);
            Path onCluster = nightly(folder.resolve("on-cluster"), input, Map.of("CERTSIFT_SPARK_MASTER", cluster.masterUrl(),
                    "CERTSIFT_EXECUTOR_MEMORY", "512m", "CERTSIFT_EXECUTOR_CORES", "1"), "--profile", "cluster");

            for (Path workDir : cluster.workDirs()) {
                assertTrue(executorFetched(workDir, "certsift-jobs.jar"), workDir + ": this worker ran no executor of the job");
            }
            String localCsv = Files.readString(local.resolve("findings.csv"), StandardCharsets.UTF_8);
            String clusterCsv = Files.readString(onCluster.resolve("findings.csv"), StandardCharsets.UTF_8);
            assertTrue(localCsv.lines().anyMatch(row -> row.contains(",INVALID_ID,") && row.contains(",王玮,")),
                    "the homophone row (王玮 with a mistyped ID, for 王伟's certificate) is the holder: INVALID_ID");
            assertEquals(-1, Files.mismatch(local.resolve("findings.csv"), onCluster.resolve("findings.csv")),
                    () -> "findings.csv differs\n--- local[*]:\n" + localCsv + "\n--- cluster:\n" + clusterCsv);
            RunSummary expected = RunSummary.read(local.resolve("run-summary.json"));
            RunSummary actual = RunSummary.read(onCluster.resolve("run-summary.json"));
            assertEquals(expected.sources(), actual.sources(), "run-summary.json sources");
            assertEquals(expected.findings(), actual.findings(), "run-summary.json findings");
        }
    }

    /** night1 and the homophone roster row, in one input folder. */
    private static Path input(Path folder) throws IOException, URISyntaxException {
        Files.createDirectories(folder);
        for (String resourceFolder : List.of("nightly/night1", "cluster")) {
            try (Stream<Path> files = Files.list(Path.of(ClusterRunIT.class.getResource("/" + resourceFolder).toURI()))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
        }
        return folder;
    }

    /** One nightly run in a JVM of its own, with the launcher's JVM options; returns its output folder. */
    private static Path nightly(Path folder, Path input, Map<String, String> environment, String... options) throws Exception {
        Path output = folder.resolve("out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+IgnoreUnrecognizedVMOptions", "-Dfile.encoding=UTF-8", "-Dcertsift.home=" + HOME,
                "-DLOG_PATH=" + folder.resolve("logs"), "-jar", TARGET.resolve("certsift-jobs.jar").toString(),
                "nightly", "--input", input.toString(), "--output", output.toString(), "--run-date", RUN_DATE,
                "--set", "certsift.work-dir=" + folder.resolve("work")));
        command.addAll(List.of(options));
        Map<String, String> launcherEnvironment = new HashMap<>(environment);
        launcherEnvironment.put("SPARK_LOCAL_IP", "127.0.0.1");
        try (LoggedProcess run = LoggedProcess.start("nightly run in " + folder.getFileName(), command, launcherEnvironment,
                folder.resolve("console.log"))) {
            int exit = run.awaitExit(JOB_RUN);
            assertEquals(0, exit, () -> "nightly run in " + folder + " exited with " + exit + "; " + run.tail());
        }
        return output;
    }

    private static boolean executorFetched(Path workDir, String jar) throws IOException {
        try (Stream<Path> files = Files.walk(workDir)) {
            return files.anyMatch(file -> file.getFileName().toString().equals(jar));
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; ClusterRunIT runs under ./mvnw verify "
                    + "(maven-failsafe-plugin in jobs/pom.xml sets it)");
        }
        return value;
    }
}
