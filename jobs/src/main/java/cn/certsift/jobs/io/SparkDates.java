package cn.certsift.jobs.io;

import java.sql.Date;
import java.time.LocalDate;

/** Dates read from Spark rows: LocalDate with the Java 8 date API enabled (conf does), java.sql.Date otherwise. */
public final class SparkDates {

    private SparkDates() {
    }

    public static LocalDate of(Object value) {
        if (value instanceof Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        return (LocalDate) value;
    }
}
