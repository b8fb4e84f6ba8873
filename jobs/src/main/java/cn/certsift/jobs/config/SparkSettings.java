package cn.certsift.jobs.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The master and settings a Spark session starts with. They come from {@code certsift.spark} in conf,
 * except where the JVM was already given a {@code spark.*} system property: that is how spark-submit
 * passes its {@code --master}, {@code --jars} and {@code --conf}, and the person typing them means them
 * to win over the files. Spark reads those properties itself; here they only keep conf from overriding.
 */
record SparkSettings(String master, Map<String, String> settings) {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String STANDALONE = "spark://";

    static SparkSettings of(CertSiftProperties.Spark conf, Map<String, String> given) {
        String master = given.getOrDefault("spark.master", conf.master());
        Map<String, String> settings = new LinkedHashMap<>();
        if (master.startsWith("local")) {
            // In-process Spark talks only to itself: bind to loopback whatever the host name resolves to.
            settings.put("spark.driver.host", LOOPBACK);
            settings.put("spark.driver.bindAddress", LOOPBACK);
        }
        settings.putAll(conf.settings());
        given.keySet().forEach(settings::remove);
        String driverHost = given.getOrDefault("spark.driver.host", settings.get("spark.driver.host"));
        if (LOOPBACK.equals(driverHost) && !onThisMachine(master)) {
            throw new IllegalStateException("Spark master " + master + " with spark.driver.host " + LOOPBACK
                    + ": executors on other machines could not reach the driver; set CERTSIFT_DRIVER_HOST (cluster profile) "
                    + "or spark.driver.host to an address of this machine that they can reach");
        }
        return new SparkSettings(master, settings);
    }

    /** A local master, or standalone masters all on loopback: the executors run on this machine. */
    private static boolean onThisMachine(String master) {
        if (master.startsWith("local")) {
            return true;
        }
        return master.startsWith(STANDALONE) && Arrays.stream(master.substring(STANDALONE.length()).split(","))
                .map(hostAndPort -> hostAndPort.replaceFirst(":\\d+$", ""))
                .allMatch(host -> host.equals(LOOPBACK) || host.equals("localhost"));
    }

    /** The {@code spark.*} system properties of this JVM, as Spark's own configuration loads them. */
    static Map<String, String> givenToJvm(Properties system) {
        Map<String, String> given = new LinkedHashMap<>();
        system.stringPropertyNames().stream().filter(name -> name.startsWith("spark."))
                .forEach(name -> given.put(name, system.getProperty(name)));
        return given;
    }
}
