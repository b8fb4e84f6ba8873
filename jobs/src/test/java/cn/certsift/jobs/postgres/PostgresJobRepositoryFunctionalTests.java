package cn.certsift.jobs.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.CertSiftApplication;
import cn.certsift.jobs.nightly.NightlyRuns;
import cn.certsift.jobs.spark.SparkExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production profile keeps the job repository in PostgreSQL, created on first use, and runs the job. */
@SpringBootTest(classes = CertSiftApplication.class,
        args = {"--spring.config.additional-location=file:../conf/", "--certsift.home=.."})
@ActiveProfiles("production")
@DirtiesContext // its database is dropped after the class: close its connection pool too, rather than keep it cached and failing
@ExtendWith(SparkExtension.class)
class PostgresJobRepositoryFunctionalTests {

    private static PostgresDatabase database;

    @Autowired
    private NightlyRuns runs;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = PostgresDatabase.start();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @BeforeAll
    static void startTestSpark() {
        SparkExtension.session();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void theNightlyJobRecordsItsRunInPostgres(@TempDir Path folder) throws Exception {
        Path input = Path.of(getClass().getResource("/nightly/night1").toURI());
        JobExecution execution = runs.run(input, folder.resolve("out"), LocalDate.of(2026, 11, 20), null);
        assertEquals(BatchStatus.COMPLETED, execution.getStatus(), () -> NightlyRuns.failureReason(execution));
        assertTrue(Files.exists(folder.resolve("out").resolve("findings.csv")));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet steps = statement.executeQuery(
                     "SELECT COUNT(*) FROM batch_step_execution WHERE job_execution_id = " + execution.getId()
                             + " AND status = 'COMPLETED'")) {
            steps.next();
            assertEquals(execution.getStepExecutions().size(), steps.getInt(1), "every step of the run is recorded in PostgreSQL");
            assertEquals(16, steps.getInt(1));
        }
        assertEquals(execution.getId(), runs.recent(1).get(0).getId());
    }
}
