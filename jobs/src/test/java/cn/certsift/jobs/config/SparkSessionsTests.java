package cn.certsift.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.certsift.jobs.spark.SparkExtension;

import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class SparkSessionsTests {

    @Test
    void aSessionStartedAheadIsTheOneTheStepsGetAndOneThatExistedBeforeIsLeftRunning(SparkSession existing) {
        SparkSessions sessions = new SparkSessions(new CertSiftProperties.Spark("local[2]", Map.of()));
        sessions.startInBackground();
        sessions.startInBackground();

        SparkSession.clearActiveSession();
        assertSame(existing, sessions.session());
        assertSame(existing, SparkSession.getActiveSession().get(), "active on the thread that asked for it");
        assertSame(existing, sessions.session());
        sessions.destroy();
        assertFalse(existing.sparkContext().isStopped(), "the session the JVM had is not stopped");
        assertEquals(1, existing.range(1).count());
    }
}
