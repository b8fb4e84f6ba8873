package cn.certsift.jobs.config;

import org.apache.spark.sql.SparkSession;
import org.springframework.beans.factory.DisposableBean;

/**
 * The Spark session, started on first use only, so that commands which need no Spark ({@code jobs},
 * {@code --help}) stay fast. The master and every Spark setting come from {@code certsift.spark} in
 * conf. A session that already existed in the JVM is reused and left running; one started here is
 * stopped with the application.
 */
public class SparkSessions implements DisposableBean {

    private final CertSiftProperties.Spark settings;
    private SparkSession session;
    private boolean startedHere;

    public SparkSessions(CertSiftProperties.Spark settings) {
        this.settings = settings;
    }

    public synchronized SparkSession session() {
        if (session == null) {
            startedHere = SparkSession.getDefaultSession().isEmpty();
            SparkSession.Builder builder = SparkSession.builder().appName("certsift").master(settings.master());
            if (settings.master().startsWith("local")) {
                // In-process Spark talks only to itself: bind to loopback whatever the host name resolves to.
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
            settings.settings().forEach(builder::config);
            session = builder.getOrCreate();
        }
        return session;
    }

    @Override
    public synchronized void destroy() {
        if (session != null && startedHere) {
            session.stop();
        }
    }
}
