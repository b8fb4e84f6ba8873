package cn.certsift.jobs.matching;

import java.util.List;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the judge stage emits: a finding (record_type FINDING) or a data-quality note (NOTE) about a
 * roster row, with the row's place in its file.
 */
public final class JudgementColumns {

    public static final String FINDING = "FINDING";
    public static final String NOTE = "NOTE";

    static final List<String> ROSTER_FIELDS = List.of("district", "employer_uscc", "employer_name", "name", "id_no", "post",
            "cert_no");

    public static final StructType SCHEMA = new StructType(new StructField[] {
            field("record_type"), field("finding_id"), field("finding_code"), field("finding_name"), field("severity"),
            field("district"), field("employer_uscc"), field("employer_name"), field("name"), field("id_no"), field("post"),
            field("cert_no"), field("matched_department"), field("matched_cert_no"), field("evidence"),
            field("note_kind"), field("note_detail"), field("source_file"),
            DataTypes.createStructField("source_line", DataTypes.LongType, true)});

    private JudgementColumns() {
    }

    private static StructField field(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }
}
