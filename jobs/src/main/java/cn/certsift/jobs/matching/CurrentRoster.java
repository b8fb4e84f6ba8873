package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: the roster rows of people still employed on the run date. A row whose 离职日期 is before the run
 * date is not current and raises nothing; a blank 离职日期 or one on or after the run date is current.
 */
public final class CurrentRoster {

    private CurrentRoster() {
    }

    public static Dataset<Row> of(Dataset<Row> roster, LocalDate runDate) {
        return roster.filter(col("left_on").isNull().or(col("left_on").geq(lit(runDate))));
    }
}
