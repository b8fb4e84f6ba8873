package cn.certsift.jobs.institutions;

import cn.certsift.common.institution.InstitutionSignal;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of {@code institutions/} and {@code institutions.csv} (contract section 4): code, name,
 * risk score, rank, one column per {@link InstitutionSignal} with its value, and the evidence.
 */
public final class InstitutionColumns {

    public static final List<String> OUTPUT = output();
    public static final StructType SCHEMA = schema();

    private InstitutionColumns() {
    }

    private static List<String> output() {
        List<String> columns = new ArrayList<>(List.of("training_org_code", "training_org", "risk_score", "rank"));
        for (InstitutionSignal signal : InstitutionSignal.values()) {
            columns.add(signal.column());
        }
        columns.add("evidence");
        return List.copyOf(columns);
    }

    private static StructType schema() {
        StructType schema = new StructType()
                .add("training_org_code", DataTypes.StringType, false)
                .add("training_org", DataTypes.StringType)
                .add("risk_score", DataTypes.DoubleType, false)
                .add("rank", DataTypes.IntegerType, false);
        for (InstitutionSignal signal : InstitutionSignal.values()) {
            schema = schema.add(signal.column(), DataTypes.DoubleType);
        }
        return schema.add("evidence", DataTypes.StringType, false);
    }
}
