package cn.certsift.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Which master and settings a session gets: conf's, unless spark-submit gave them. */
class SparkSettingsTests {

    private static final CertSiftProperties.Spark CLUSTER_CONF = new CertSiftProperties.Spark("spark://127.0.0.1:7077",
            Map.of("spark.jars", "/opt/certsift/certsift-jobs.jar", "spark.executor.memory", "4g"));

    @Test
    void confDecidesWhenNothingWasSubmitted() {
        SparkSettings effective = SparkSettings.of(CLUSTER_CONF, Map.of());
        assertEquals("spark://127.0.0.1:7077", effective.master());
        assertEquals(CLUSTER_CONF.settings(), effective.settings(), "a cluster master gets no loopback driver address");
    }

    @Test
    void whatSparkSubmitGaveWinsOverConf() {
        SparkSettings effective = SparkSettings.of(CLUSTER_CONF,
                Map.of("spark.master", "yarn", "spark.jars", "file:/opt/app.jar,file:/opt/common.jar"));
        assertEquals("yarn", effective.master());
        assertEquals(Map.of("spark.executor.memory", "4g"), effective.settings(),
                "spark.jars is left to Spark, which reads spark-submit's value itself");
    }

    @Test
    void aLocalMasterBindsTheDriverToLoopbackUnlessTold() {
        CertSiftProperties.Spark local = new CertSiftProperties.Spark("local[*]", Map.of("spark.ui.enabled", "false"));
        assertEquals(Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1", "spark.ui.enabled", "false"),
                SparkSettings.of(local, Map.of()).settings());
        assertEquals(Map.of("spark.driver.bindAddress", "127.0.0.1", "spark.ui.enabled", "false"),
                SparkSettings.of(local, Map.of("spark.driver.host", "10.0.0.5")).settings());
    }

    @Test
    void aDriverOnLoopbackIsRefusedForARemoteCluster() {
        CertSiftProperties.Spark loopbackDriver = new CertSiftProperties.Spark("spark://127.0.0.1:7077",
                Map.of("spark.driver.host", "127.0.0.1"));
        assertEquals("spark://127.0.0.1:7077", SparkSettings.of(loopbackDriver, Map.of()).master());
        assertEquals("spark://localhost:7077,127.0.0.1:7078",
                SparkSettings.of(loopbackDriver, Map.of("spark.master", "spark://localhost:7077,127.0.0.1:7078")).master());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SparkSettings.of(loopbackDriver, Map.of("spark.master", "spark://10.0.0.5:7077")));
        assertTrue(refused.getMessage().contains("spark://10.0.0.5:7077") && refused.getMessage().contains("CERTSIFT_DRIVER_HOST"),
                refused.getMessage());
        assertThrows(IllegalStateException.class, () -> SparkSettings.of(loopbackDriver, Map.of("spark.master", "yarn")));
        assertEquals("yarn", SparkSettings.of(loopbackDriver, Map.of("spark.master", "yarn", "spark.driver.host", "10.0.0.9")).master());
    }

    @Test
    void onlySparkSystemPropertiesCountAsGiven() {
        Properties system = new Properties();
        system.setProperty("spark.master", "spark://10.0.0.5:7077");
        system.setProperty("certsift.home", "/opt/certsift");
        assertEquals(Map.of("spark.master", "spark://10.0.0.5:7077"), SparkSettings.givenToJvm(system));
    }
}
