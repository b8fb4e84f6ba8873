package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.nightly.RunFolders;

import java.time.LocalDate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Stage: tonight's findings from the judgements, one per finding id. A roster that lists the same
 * person twice at one employer yields the same finding twice; the row earliest in the files is kept.
 */
public final class CurrentFindings {

    private CurrentFindings() {
    }

    /** Tonight's findings from the run's judgements layer. */
    public static Dataset<Row> read(SparkSession spark, RunFolders folders, LocalDate runDate) {
        return of(ParquetLayers.read(spark, folders.judgements()), runDate);
    }

    public static Dataset<Row> of(Dataset<Row> judgements, LocalDate runDate) {
        return judgements.filter(col("record_type").equalTo(JudgementColumns.FINDING))
                .withColumn("rank", row_number().over(Window.partitionBy("finding_id")
                        .orderBy(col("source_file"), col("source_line"))))
                .filter(col("rank").equalTo(1))
                .withColumn("run_date", lit(runDate))
                .select("finding_id", "run_date", "finding_code", "severity", "district", "employer_uscc", "employer_name",
                        "name", "id_no", "post", "cert_no", "matched_department", "matched_cert_no", "evidence");
    }
}
