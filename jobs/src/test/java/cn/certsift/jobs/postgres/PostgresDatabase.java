package cn.certsift.jobs.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL database of its own for a test class: a Testcontainers container where a Docker engine
 * runs, otherwise a fresh database on the PostgreSQL service the machine provides (127.0.0.1:5432,
 * trust authentication; {@code CERTSIFT_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD} point elsewhere).
 * Never skipped: without either, the test fails and says why.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String SERVICE_URL = env("CERTSIFT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String SERVICE_USER = env("CERTSIFT_TEST_PG_USER", "postgres");
    private static final String SERVICE_PASSWORD = env("CERTSIFT_TEST_PG_PASSWORD", "");

    private final String url;
    private final String user;
    private final String password;
    private final PostgreSQLContainer container;
    private final String createdDatabase;

    private PostgresDatabase(String url, String user, String password, PostgreSQLContainer container, String createdDatabase) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.container = container;
        this.createdDatabase = createdDatabase;
    }

    public static PostgresDatabase start() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new PostgresDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(), container, null);
        }
        String database = "certsift_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(SERVICE_URL, SERVICE_USER, SERVICE_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException unavailable) {
            throw new IllegalStateException("No Docker engine for Testcontainers, and the PostgreSQL service at " + SERVICE_URL
                    + " is not reachable as " + SERVICE_USER + " (.ci/run starts it): " + unavailable.getMessage(), unavailable);
        }
        return new PostgresDatabase(SERVICE_URL.substring(0, SERVICE_URL.lastIndexOf('/') + 1) + database, SERVICE_USER,
                SERVICE_PASSWORD, null, database);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        if (container != null) {
            container.stop();
            return;
        }
        try (Connection connection = DriverManager.getConnection(SERVICE_URL, SERVICE_USER, SERVICE_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + createdDatabase + " WITH (FORCE)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
