package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.atLeast;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.flag;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.InstitutionSignal;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The signals of an institution's classes (one class = one {@code class_id}, its hours and dates taken
 * from its records): the share of classes far short of the category's usual hours (the median class of
 * that category across all institutions), the share claiming more hours than their days hold, and the
 * share examined within a day or two of their start.
 */
final class TrainingClasses {

    private TrainingClasses() {
    }

    static Dataset<Row> signals(Dataset<Row> records, InstitutionSettings.Measures measures) {
        // Grouped with the category first, so that the records are aggregated by hash (a text value in the
        // aggregation buffer would make Spark sort them all); the second grouping sees one row per class.
        Dataset<Row> classes = records.groupBy(CODE, "class_id", "category").agg(
                        max("hours").as("hours"), min("train_start").as("start"), max("train_end").as("end"), min("exam_date").as("exam"))
                .groupBy(CODE, "class_id").agg(first("category", true).as("category"), max("hours").as("hours"),
                        min("start").as("start"), max("end").as("end"), min("exam").as("exam"));
        Dataset<Row> usual = classes.groupBy("category").agg(median(col("hours")).as("usual_hours"));
        Column days = greatest(datediff(col("end"), col("start")).plus(1), lit(1));
        Column examined = col("exam").isNotNull();
        return classes.join(usual, "category")
                .groupBy(CODE).agg(
                        count(lit(1)).as("classes"),
                        avg(flag(col("hours").lt(col("usual_hours").multiply(measures.shortHoursRatio())))).as("short"),
                        avg(flag(col("hours").gt(days.multiply(measures.maxHoursPerDay())))).as("overfull"),
                        count(when(examined, lit(1))).as("examined"),
                        avg(when(examined, flag(datediff(col("exam"), col("start")).leq(measures.examSoonDays())))).as("soon"))
                .select(col(CODE),
                        atLeast(col("classes"), measures.minClasses(), col("short")).as(InstitutionSignal.HOURS_SHORT.column()),
                        atLeast(col("classes"), measures.minClasses(), col("overfull")).as(InstitutionSignal.HOURS_OVERFULL.column()),
                        atLeast(col("examined"), measures.minClasses(), col("soon")).as(InstitutionSignal.EXAM_TOO_SOON.column()));
    }
}
