package cn.certsift.jobs.institutions;

import static cn.certsift.jobs.institutions.InstitutionSignalsStage.CODE;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.flag;
import static cn.certsift.jobs.institutions.InstitutionSignalsStage.passed;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trunc;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Stage: the people of every institution, one narrow row per training record and per registry
 * certificate naming it, partitioned by institution and cached once: {@code training_org_code},
 * {@code id_no}, {@code cert_no}, {@code record} (true: a training record, false: a registry certificate),
 * and for records {@code passed}, {@code has_phone} and {@code shared_phone} (1 or 0: a pass, a phone
 * number at all, one several trainees gave) and {@code month} (of the exam, else of the start).
 * <p>
 * Every trainee, holder, certificate and month signal groups these rows by institution and something
 * more (trainee, certificate number, month), so with the rows partitioned by institution none of those
 * groupings shuffles them again, and none needs a join between records and registries: a holder who
 * trained there and a number recorded there are found by grouping both kinds of row together.
 */
final class InstitutionPeople {

    private static final String ADAPTIVE = "spark.sql.adaptive.enabled";

    private InstitutionPeople() {
    }

    /**
     * @param records      the training records that name an institution
     * @param named        the registry certificates that name an institution
     * @param sharedPhones {@link SharedPhones#of} all training records
     */
    static Dataset<Row> of(Dataset<Row> records, Dataset<Row> named, Dataset<Row> sharedPhones) {
        Column none = lit(null).cast(DataTypes.DoubleType);
        Dataset<Row> fromRecords = records.join(broadcast(sharedPhones), col("phone").equalTo(col(SharedPhones.PHONE)), "left")
                .select(col(CODE), col("id_no"), col("cert_no"), lit(true).as("record"), flag(passed()).as("passed"),
                        flag(col("phone").isNotNull()).as("has_phone"), flag(col(SharedPhones.PHONE).isNotNull()).as("shared_phone"),
                        trunc(coalesce(col("exam_date"), col("train_start")), "month").as("month"));
        Dataset<Row> fromRegistry = named.select(col(CODE), col("id_no"), col("cert_no"), lit(false).as("record"),
                none.as("passed"), none.as("has_phone"), none.as("shared_phone"), lit(null).cast(DataTypes.DateType).as("month"));
        return partitionedByInstitution(fromRecords.unionByName(fromRegistry));
    }

    /**
     * Cached in Spark's compressed columnar form ({@link #release} frees it). Spark keeps the partitioning
     * of a cached plan for later queries only when that plan was not adaptive: adaptive execution is off
     * while the plan is made, and back on after.
     */
    private static Dataset<Row> partitionedByInstitution(Dataset<Row> rows) {
        SparkSession spark = rows.sparkSession();
        String adaptive = spark.conf().get(ADAPTIVE);
        spark.conf().set(ADAPTIVE, "false");
        try {
            return rows.repartition(col(CODE)).persist(StorageLevel.MEMORY_AND_DISK());
        } finally {
            spark.conf().set(ADAPTIVE, adaptive);
        }
    }

    static void release(Dataset<Row> people) {
        people.unpersist();
    }
}
