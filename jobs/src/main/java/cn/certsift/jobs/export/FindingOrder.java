package cn.certsift.jobs.export;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import cn.certsift.jobs.matching.FindingColumns;

import org.apache.spark.sql.Column;

/**
 * The one order in which findings are written everywhere, so that a run's outputs are the same byte
 * for byte when its inputs are: by district, open before resolved, most severe first, then employer,
 * person, code and id.
 */
public final class FindingOrder {

    private FindingOrder() {
    }

    public static Column[] columns() {
        return new Column[] {
                col("district").asc_nulls_last(),
                when(col("status").equalTo(FindingColumns.RESOLVED), lit(1)).otherwise(lit(0)),
                when(col("severity").equalTo("high"), lit(0)).when(col("severity").equalTo("medium"), lit(1)).otherwise(lit(2)),
                col("employer_name").asc_nulls_last(), col("employer_uscc").asc_nulls_last(), col("name").asc_nulls_last(),
                col("id_no").asc_nulls_last(), col("finding_code"), col("finding_id")};
    }
}
