package cn.certsift.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.jobs.config.CertSiftProperties;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;

/** --profile and --set as the commands apply them to the settings of conf/. */
class ApplicationOptionsTests {

    private static final Path HOME = Path.of(System.getProperty("certsift.home")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void profilesCombineAndTheClusterProfileAddsToTheSparkSettings() {
        ApplicationOptions options = new ApplicationOptions();
        new CommandLine(options).parseArgs("--profile", "cluster,night-shift", "--set", "certsift.work-dir=" + work);
        try (ConfigurableApplicationContext context = options.start(HOME)) {
            assertEquals(List.of("cluster", "night-shift"), List.of(context.getEnvironment().getActiveProfiles()));
            CertSiftProperties.Spark spark = context.getBean(CertSiftProperties.class).spark();
            assertEquals(System.getenv().getOrDefault("CERTSIFT_SPARK_MASTER", "spark://127.0.0.1:7077"), spark.master(),
                    "CERTSIFT_SPARK_MASTER, or the loopback default");
            String lib = HOME + "/jobs/target/lib/";
            assertEquals(List.of(HOME + "/jobs/target/certsift-jobs.jar", lib + "certsift-common-1.0.0-SNAPSHOT.jar",
                    lib + "pinyin-0.4.0.jar", lib + "heaven-0.2.0.jar", lib + "nlp-common-0.0.5.jar"),
                    List.of(spark.settings().get("spark.jars").split(",\\s*")));
            assertEquals("false", spark.settings().get("spark.ui.enabled"), "application.yml's settings stay");
        }
    }
}
