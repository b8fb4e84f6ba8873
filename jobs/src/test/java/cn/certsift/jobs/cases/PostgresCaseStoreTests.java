package cn.certsift.jobs.cases;

import cn.certsift.jobs.postgres.PostgresDatabase;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The case store under the production profile: PostgreSQL (the tests' server, see PostgresDatabase), same migrations. */
@ActiveProfiles("production")
@DirtiesContext // its database is dropped after the class: close its connection pool too, rather than keep it cached and failing
class PostgresCaseStoreTests extends CaseStoreContract {

    private static PostgresDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = PostgresDatabase.start();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }
}
