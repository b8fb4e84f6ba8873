package cn.certsift.jobs.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The Spark session, started on first use only, so that commands which need no Spark ({@code jobs},
 * {@code --help}) stay fast — or started ahead on another thread by a job that knows it will need it
 * ({@link #startInBackground}). The master and every Spark setting come from {@code certsift.spark} in
 * conf, except those spark-submit gave ({@link SparkSettings}). A session that already existed in the
 * JVM is reused and left running; one started here is stopped with the application.
 */
public class SparkSessions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SparkSessions.class);

    private final CertSiftProperties.Spark settings;
    private SparkSession session;
    private CompletableFuture<SparkSession> starting;
    private boolean startedHere;

    public SparkSessions(CertSiftProperties.Spark settings) {
        this.settings = settings;
    }

    /**
     * Starts the session on its own thread, so that it is up when the first Spark step needs it: the
     * nightly job calls this while ingest (which needs no Spark) reads the files. A failure to start is
     * thrown by {@link #session()}, to the step that needs the session.
     */
    public synchronized void startInBackground() {
        if (session == null && starting == null) {
            starting = CompletableFuture.supplyAsync(this::start, task -> {
                Thread thread = new Thread(task, "spark-session-start");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /**
     * The session, also made the calling thread's active one: Spark reads settings through the active
     * session, and one started on another thread is active only there.
     */
    public synchronized SparkSession session() {
        if (session == null) {
            session = starting == null ? start() : awaitStart();
        }
        SparkSession.setActiveSession(session);
        return session;
    }

    private SparkSession awaitStart() {
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private SparkSession start() {
        startedHere = SparkSession.getDefaultSession().isEmpty();
        SparkSettings effective = SparkSettings.of(settings, SparkSettings.givenToJvm(System.getProperties()));
        SparkSession.Builder builder = SparkSession.builder().appName("certsift").master(effective.master());
        effective.settings().forEach(builder::config);
        return builder.getOrCreate();
    }

    @Override
    public synchronized void destroy() {
        if (session == null && starting != null) {
            try {
                session = starting.join();
            } catch (CompletionException e) {
                log.warn("The Spark session started ahead had failed to start: {}", e.getCause().toString());
            }
        }
        if (session != null && startedHere) {
            session.stop();
        }
    }
}
