package cn.certsift.jobs.clues;

import static org.apache.spark.sql.functions.col;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The columns of {@code clues/} and {@code clues.csv}, and of the screened rows the stages pass on. */
public final class ClueColumns {

    public static final List<String> OUTPUT = List.of("clue_id", "kind", "subject", "score", "evidence", "contacts", "cluster_id");

    public static final StructType SCHEMA = new StructType(new StructField[] {
            text("clue_id"), text("kind"), text("subject"), DataTypes.createStructField("score", DataTypes.DoubleType, false),
            text("evidence"), text("contacts"), text("cluster_id")});

    /** One row per screened address or listing that some rule fired on, before sightings are merged. */
    static final StructType SCREENED = new StructType(new StructField[] {
            text("clue_id"), text("kind"), text("subject"), DataTypes.createStructField("score", DataTypes.DoubleType, false),
            text("evidence"), DataTypes.createStructField("contacts", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("seen_on", DataTypes.DateType, true), text("origin"), text("source_file"),
            DataTypes.createStructField("source_line", DataTypes.LongType, true)});

    private ClueColumns() {
    }

    /** The one order in which clues are written: highest score first, then kind and id, so outputs repeat byte for byte. */
    public static Column[] order() {
        return new Column[] {col("score").desc(), col("kind"), col("clue_id")};
    }

    private static StructField text(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }
}
