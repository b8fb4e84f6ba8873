package cn.certsift.jobs.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database of its own for a test class, created on the server the tests of this JVM share
 * ({@link TestPostgresServer}: Testcontainers, a configured server, or an embedded PostgreSQL) and
 * dropped again by {@link #close()}. Never skipped: without a server, the test fails and says why.
 */
public final class PostgresDatabase implements AutoCloseable {

    private final TestPostgresServer server;
    private final String name;

    private PostgresDatabase(TestPostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public static PostgresDatabase start() {
        TestPostgresServer server = TestPostgresServer.shared();
        String name = "certsift_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server.connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create the test database " + name + " as " + server.user() + ": "
                    + failed.getMessage(), failed);
        }
        return new PostgresDatabase(server, name);
    }

    public String url() {
        return server.databaseUrl(name);
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server.connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
