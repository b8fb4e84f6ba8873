package cn.certsift.jobs.config;

import org.apache.spark.sql.SparkSession;
import org.springframework.beans.factory.DisposableBean;

/**
 * The Spark session, started on first use only, so that commands which need no Spark ({@code jobs},
 * {@code --help}) stay fast. The master and every Spark setting come from {@code certsift.spark} in
 * conf, except those spark-submit gave ({@link SparkSettings}). A session that already existed in the
 * JVM is reused and left running; one started here is stopped with the application.
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
            SparkSettings effective = SparkSettings.of(settings, SparkSettings.givenToJvm(System.getProperties()));
            SparkSession.Builder builder = SparkSession.builder().appName("certsift").master(effective.master());
            effective.settings().forEach(builder::config);
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
