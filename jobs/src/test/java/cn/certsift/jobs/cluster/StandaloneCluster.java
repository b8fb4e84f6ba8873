package cn.certsift.jobs.cluster;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1: one master and some workers of one core and 1 GB each, run
 * from the Spark jars the build copied to {@code target/spark-home/jars} (a distribution's SPARK_HOME,
 * with its {@code RELEASE} file and {@code conf/}). The master listens on a port that was free a moment
 * before; if something took it meanwhile, {@link #awaitReady} says so. Closing the cluster stops the
 * workers with their executors, then the master; so does the end of the JVM, should the test never get
 * to close it.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Pattern MASTER_STARTED = Pattern.compile("Starting Spark master at (spark://\\S+)");
    private static final Pattern WORKER_REGISTERED = Pattern.compile("Successfully registered with master");

    private final String masterUrl;
    private final List<Path> workDirs = new ArrayList<>();
    private final List<LoggedProcess> processes = new ArrayList<>();
    private final Thread stopAtExit = new Thread(this::stopAtExit, "stop-spark-cluster");

    private StandaloneCluster(String masterUrl) {
        this.masterUrl = masterUrl;
    }

    /** Starts the master and the workers without waiting for them; see {@link #awaitReady}. */
    static StandaloneCluster start(Path sparkHome, List<String> jvmOptions, int workers, Path folder) throws Exception {
        prepare(sparkHome);
        StandaloneCluster cluster = new StandaloneCluster("spark://" + LOOPBACK + ":" + freePort());
        Runtime.getRuntime().addShutdownHook(cluster.stopAtExit);
        try {
            Map<String, String> environment = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_LOCAL_IP", LOOPBACK,
                    "SPARK_SCALA_VERSION", "2.13");
            // The master's REST submission server would take the fixed port 6066; nothing here submits through it.
            List<String> masterOptions = new ArrayList<>(jvmOptions);
            masterOptions.add("-Dspark.master.rest.enabled=false");
            cluster.processes.add(LoggedProcess.start("Spark master", daemon(sparkHome, masterOptions, "org.apache.spark.deploy.master.Master",
                    "--host", LOOPBACK, "--port", cluster.port(), "--webui-port", "0"), environment, folder.resolve("master.log")));
            for (int i = 1; i <= workers; i++) {
                Path workDir = Files.createDirectories(folder.resolve("worker-" + i));
                cluster.workDirs.add(workDir);
                cluster.processes.add(LoggedProcess.start("Spark worker " + i, daemon(sparkHome, jvmOptions,
                        "org.apache.spark.deploy.worker.Worker", "--host", LOOPBACK, "--port", "0", "--webui-port", "0",
                        "--cores", "1", "--memory", "1g", "--work-dir", workDir.toString(), cluster.masterUrl),
                        environment, folder.resolve("worker-" + i + ".log")));
            }
        } catch (IOException | RuntimeException failedToStart) {
            try {
                cluster.close();
            } catch (InterruptedException | ExecutionException stopFailed) {
                failedToStart.addSuppressed(stopFailed);
            }
            throw failedToStart;
        }
        return cluster;
    }

    /** Waits until the master runs at {@link #masterUrl()} and every worker has registered with it. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        String started = processes.get(0).awaitLog(MASTER_STARTED, timeout).group(1);
        if (!started.equals(masterUrl)) {
            throw new AssertionError("the Spark master started at " + started + " instead of " + masterUrl
                    + ": port " + port() + " was taken meanwhile; run the test again");
        }
        for (LoggedProcess worker : processes.subList(1, processes.size())) {
            worker.awaitLog(WORKER_REGISTERED, timeout);
        }
    }

    String masterUrl() {
        return masterUrl;
    }

    /** Each worker's work folder: one folder per application, in it one per executor with the jars it fetched. */
    List<Path> workDirs() {
        return workDirs;
    }

    @Override
    public void close() throws InterruptedException, ExecutionException {
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
        stop();
    }

    private void stop() throws InterruptedException, ExecutionException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }

    private void stopAtExit() {
        try {
            stop();
        } catch (InterruptedException | ExecutionException stopFailed) {
            throw new IllegalStateException("could not stop the Spark test cluster at " + masterUrl, stopFailed);
        }
    }

    private String port() {
        return masterUrl.substring(masterUrl.lastIndexOf(':') + 1);
    }

    /** SPARK_HOME as a distribution lays it out: Spark's launcher reads RELEASE, conf/ is on every classpath. */
    private static void prepare(Path sparkHome) throws IOException {
        if (!Files.isDirectory(sparkHome.resolve("jars"))) {
            throw new IllegalStateException("no Spark jars in " + sparkHome.resolve("jars")
                    + "; the build copies them in the pre-integration-test phase: run ./mvnw verify");
        }
        Files.writeString(sparkHome.resolve("RELEASE"), "Spark, as CertSift's build resolves it, for ClusterRunIT\n");
        Files.createDirectories(sparkHome.resolve("conf"));
        try (InputStream logging = StandaloneCluster.class.getResourceAsStream("/cluster/spark-logback.xml")) {
            Files.copy(logging, sparkHome.resolve("conf").resolve("logback.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> daemon(Path sparkHome, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(sparkHome.resolve("conf") + File.pathSeparator + sparkHome.resolve("jars") + File.separator + "*");
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }
}
