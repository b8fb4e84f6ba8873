package cn.certsift.jobs.institutions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.certsift.jobs.spark.SparkExtension;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The people rows are shuffled once, by institution: the signals that group them by institution and
 * trainee (or certificate, or month) run without another exchange.
 */
@ExtendWith(SparkExtension.class)
class InstitutionPeopleTests {

    @Test
    void groupingThePeopleByInstitutionAndTraineeShufflesNothing(SparkSession spark) {
        TrainingSet set = new TrainingSet().ordinary("52440703MA0000001A", "52440703MA0000002B");
        Dataset<Row> training = set.training(spark);
        Dataset<Row> people = InstitutionPeople.of(training, set.certificates(spark), SharedPhones.of(training, 3));

        try {
            Dataset<Row> perTrainee = people.groupBy(InstitutionSignalsStage.CODE, "id_no").agg(max("passed"));

            assertEquals(2 * TrainingSet.CLASSES * TrainingSet.CLASS_SIZE, perTrainee.filter(col("max(passed)").isNotNull()).count());
            String plan = perTrainee.queryExecution().executedPlan().toString();
            String aboveThePeople = plan.substring(0, plan.indexOf("InMemoryTableScan"));
            assertFalse(aboveThePeople.contains("Exchange"), plan);
        } finally {
            InstitutionPeople.release(people);
        }
    }
}
