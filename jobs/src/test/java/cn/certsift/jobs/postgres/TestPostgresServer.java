package cn.certsift.jobs.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.UnaryOperator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server all tests of one JVM share, chosen and started on first use: a Testcontainers
 * container where a Docker engine runs; otherwise the server {@code CERTSIFT_TEST_DB_URL} names (with
 * {@code CERTSIFT_TEST_DB_USER} and {@code CERTSIFT_TEST_DB_PASSWORD}; the older {@code CERTSIFT_TEST_PG_*}
 * names are still read); otherwise an embedded PostgreSQL, real binaries from a Maven artifact, on a free
 * port. No server is ever guessed (127.0.0.1:5432 is not assumed). The choice is logged in one line.
 */
record TestPostgresServer(Kind kind, String adminUrl, String user, String password) {

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgresServer.class);
    private static final String CONTAINER_IMAGE = "postgres:16-alpine";

    private static TestPostgresServer shared;

    enum Kind { TESTCONTAINERS, CONFIGURED, EMBEDDED }

    static synchronized TestPostgresServer shared() {
        if (shared == null) {
            shared = start(choose(DockerClientFactory.instance().isDockerAvailable(), System::getenv));
        }
        return shared;
    }

    /**
     * The order of choice, apart from the machine, so that a test can check it: the server to start,
     * its address known only for {@link Kind#CONFIGURED}.
     */
    static TestPostgresServer choose(boolean dockerAvailable, UnaryOperator<String> env) {
        if (dockerAvailable) {
            return new TestPostgresServer(Kind.TESTCONTAINERS, null, null, null);
        }
        String url = setting(env, "URL", null);
        if (url == null) {
            return new TestPostgresServer(Kind.EMBEDDED, null, null, null);
        }
        return new TestPostgresServer(Kind.CONFIGURED, url, setting(env, "USER", "postgres"), setting(env, "PASSWORD", ""));
    }

    private static String setting(UnaryOperator<String> env, String name, String fallback) {
        for (String variable : new String[] {"CERTSIFT_TEST_DB_" + name, "CERTSIFT_TEST_PG_" + name}) {
            String value = env.apply(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return fallback;
    }

    private static TestPostgresServer start(TestPostgresServer choice) {
        TestPostgresServer server;
        String served;
        switch (choice.kind()) {
            case TESTCONTAINERS -> {
                PostgreSQLContainer container = new PostgreSQLContainer(CONTAINER_IMAGE);
                container.start();
                server = new TestPostgresServer(Kind.TESTCONTAINERS, container.getJdbcUrl(), container.getUsername(), container.getPassword());
                served = "Testcontainers " + CONTAINER_IMAGE + " at " + container.getJdbcUrl();
            }
            case CONFIGURED -> {
                server = choice;
                served = "the configured server CERTSIFT_TEST_DB_URL=" + choice.adminUrl() + " as " + choice.user();
            }
            default -> {
                EmbeddedPostgres embedded = startEmbedded();
                server = new TestPostgresServer(Kind.EMBEDDED, "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres", "postgres", "");
                served = "embedded PostgreSQL on port " + embedded.getPort() + " (no Docker engine, CERTSIFT_TEST_DB_URL not set)";
            }
        }
        LOG.info("PostgreSQL for tests: {}, version {}", served, server.version());
        return server;
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            // Stopped, and its data folder deleted, by its own shutdown hook when the test JVM ends.
            return EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        } catch (IOException | RuntimeException failed) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests (no Docker engine, "
                    + "CERTSIFT_TEST_DB_URL not set): " + failed.getMessage(), failed);
        }
    }

    private String version() {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            return result.getString(1);
        } catch (SQLException unavailable) {
            throw new IllegalStateException("The PostgreSQL server for tests at " + adminUrl + " is not reachable as " + user
                    + ": " + unavailable.getMessage(), unavailable);
        }
    }

    Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    /** The JDBC address of database {@code name} on this server (the admin URL with its database replaced). */
    String databaseUrl(String name) {
        return databaseUrl(adminUrl, name);
    }

    static String databaseUrl(String adminUrl, String name) {
        int query = adminUrl.indexOf('?');
        String path = query < 0 ? adminUrl : adminUrl.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }
}
