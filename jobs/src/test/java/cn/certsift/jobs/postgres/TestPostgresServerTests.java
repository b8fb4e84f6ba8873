package cn.certsift.jobs.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.certsift.jobs.postgres.TestPostgresServer.Kind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** Which PostgreSQL the tests use: Testcontainers, then a configured server, then the embedded one; never a guessed one. */
class TestPostgresServerTests {

    private static TestPostgresServer choose(boolean docker, Map<String, String> env) {
        return TestPostgresServer.choose(docker, env::get);
    }

    @Test
    void withoutDockerAndWithoutAConfiguredUrlTheEmbeddedServerIsChosenNeverTheLocalService() {
        List<Map<String, String>> unconfigured = List.of(
                Map.of(),
                Map.of("CERTSIFT_TEST_DB_URL", "  "),
                Map.of("CERTSIFT_TEST_DB_USER", "postgres", "CERTSIFT_TEST_DB_PASSWORD", "secret"),
                Map.of("CERTSIFT_TEST_PG_USER", "postgres", "PGPORT", "5432", "PGHOST", "127.0.0.1"));
        for (Map<String, String> env : unconfigured) {
            TestPostgresServer choice = choose(false, env);
            assertEquals(Kind.EMBEDDED, choice.kind(), () -> "environment " + env);
            assertNull(choice.adminUrl(), () -> "no address is assumed for environment " + env);
        }
    }

    @Test
    void aConfiguredUrlIsUsedWithItsUserAndPasswordWhenNoDockerEngineRuns() {
        TestPostgresServer choice = choose(false, Map.of("CERTSIFT_TEST_DB_URL", "jdbc:postgresql://db.test:6543/admin",
                "CERTSIFT_TEST_DB_USER", "ci", "CERTSIFT_TEST_DB_PASSWORD", "pw"));
        assertEquals(new TestPostgresServer(Kind.CONFIGURED, "jdbc:postgresql://db.test:6543/admin", "ci", "pw"), choice);
        assertEquals(new TestPostgresServer(Kind.CONFIGURED, "jdbc:postgresql://db.test:6543/admin", "postgres", ""),
                choose(false, Map.of("CERTSIFT_TEST_DB_URL", "jdbc:postgresql://db.test:6543/admin")), "default user postgres, no password");
    }

    @Test
    void theOlderPgVariablesStillConfigureAServerAndTheNewOnesWin() {
        assertEquals(new TestPostgresServer(Kind.CONFIGURED, "jdbc:postgresql://old:5432/test", "old", ""),
                choose(false, Map.of("CERTSIFT_TEST_PG_URL", "jdbc:postgresql://old:5432/test", "CERTSIFT_TEST_PG_USER", "old")));
        assertEquals(new TestPostgresServer(Kind.CONFIGURED, "jdbc:postgresql://new:5432/test", "new", ""),
                choose(false, Map.of("CERTSIFT_TEST_PG_URL", "jdbc:postgresql://old:5432/test", "CERTSIFT_TEST_DB_URL",
                        "jdbc:postgresql://new:5432/test", "CERTSIFT_TEST_DB_USER", "new")));
    }

    @Test
    void aDockerEngineComesFirst() {
        assertEquals(Kind.TESTCONTAINERS, choose(true, Map.of()).kind());
        assertEquals(Kind.TESTCONTAINERS, choose(true, Map.of("CERTSIFT_TEST_DB_URL", "jdbc:postgresql://db.test/x")).kind());
    }

    @Test
    void theSharedServerIsTheChosenOneAndServesOnTheAddressItGives() throws Exception {
        Kind expected = choose(DockerClientFactory.instance().isDockerAvailable(), System.getenv()).kind();
        TestPostgresServer server = TestPostgresServer.shared();
        assertEquals(expected, server.kind());
        String url = server.databaseUrl("postgres");
        try (Connection connection = server.connectAdmin(); Statement statement = connection.createStatement();
             ResultSet port = statement.executeQuery("SELECT inet_server_port()")) {
            port.next();
            assertEquals(url.replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1"), String.valueOf(port.getInt(1)),
                    "the server that answered listens on the port of " + url);
            if (expected == Kind.EMBEDDED) {
                assertNotEquals(5432, port.getInt(1), "the embedded server runs on a free port of its own, not the service's");
            }
        }
    }

    @Test
    void aDatabaseUrlKeepsTheServerAndItsParameters() {
        assertEquals("jdbc:postgresql://h:1/certsift_x?sslmode=disable",
                TestPostgresServer.databaseUrl("jdbc:postgresql://h:1/postgres?sslmode=disable", "certsift_x"));
        assertEquals("jdbc:postgresql://h:1/certsift_x", TestPostgresServer.databaseUrl("jdbc:postgresql://h:1/test", "certsift_x"));
    }
}
