package cn.certsift.jobs.institutions;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.InstitutionSignal;

import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Stage: every training institution's signals, measured from the training records, the registry
 * certificates that name an institution, and tonight's findings. One row per institution code found in
 * either the training records or the registries (a few thousand at most, so they are collected):
 * {@code training_org_code}, {@code training_org}, and one column per {@link InstitutionSignal}, null
 * where the institution has too little data for it.
 */
public final class InstitutionSignalsStage {

    static final String CODE = "training_org_code";
    static final String NAME = "training_org";
    private static final List<String> PASS_RESULTS = List.of("合格", "通过");

    private InstitutionSignalsStage() {
    }

    /**
     * @param training     the training staging layer
     * @param certificates the three registries ({@code RegistryCertificates.union})
     * @param findings     tonight's findings ({@code CurrentFindings.of})
     */
    public static List<Row> measure(Dataset<Row> training, Dataset<Row> certificates, Dataset<Row> findings, LocalDate runDate,
                                    InstitutionSettings.Measures measures) {
        // Classes, scores and pass rates reduce the records by hash as they read them; the signals of
        // trainees, holders, certificates and months group the people rows, shuffled once by institution.
        Dataset<Row> records = training.filter(col(CODE).isNotNull());
        Dataset<Row> named = certificates.filter(col(CODE).isNotNull());
        Dataset<Row> people = InstitutionPeople.of(records, named, SharedPhones.of(training, measures.sharedPhoneTrainees()));
        try {
            Dataset<Row> result = institutions(records, named);
            for (Dataset<Row> signals : List.of(
                    TrainingClasses.signals(records, measures),
                    TraineeSignals.signals(records, Trainees.of(people, records), measures),
                    VolumeSpike.signal(people, runDate, measures),
                    RegistrySignals.signals(people, certificates, findings, measures))) {
                result = result.join(signals, CODE, "left");
            }
            return result.select(columns()).collectAsList();
        } finally {
            InstitutionPeople.release(people);
        }
    }

    /** The value when at least {@code minimum} observations stand behind it, else null. */
    static Column atLeast(Column observations, int minimum, Column value) {
        return when(observations.geq(minimum), value);
    }

    /** A boolean condition as 1 or 0, for averaging into a share. */
    static Column flag(Column condition) {
        return when(condition, lit(1.0)).otherwise(lit(0.0));
    }

    static Column passed() {
        return col("passed").isin(PASS_RESULTS.toArray());
    }

    /** Codes and names: the name the training records give, else the one the registry gives. */
    private static Dataset<Row> institutions(Dataset<Row> records, Dataset<Row> named) {
        return smallest(records, col(NAME), "training_name").join(smallest(named, col(NAME), "registry_name"), CODE, "full")
                .select(col(CODE), coalesce(col("training_name"), col("registry_name")).as(NAME));
    }

    /**
     * Per institution the first in sort order of a text value its rows give (none when they give none).
     * Picked among the distinct pairs, which are few and found by hash: a text minimum straight over the
     * rows would make Spark sort every row.
     */
    static Dataset<Row> smallest(Dataset<Row> rows, Column value, String name) {
        return rows.select(col(CODE), value.as(name)).filter(col(name).isNotNull()).distinct()
                .withColumn("place", row_number().over(Window.partitionBy(CODE).orderBy(name)))
                .filter(col("place").equalTo(1)).drop("place");
    }

    private static Column[] columns() {
        Column[] columns = new Column[InstitutionSignal.values().length + 2];
        columns[0] = col(CODE);
        columns[1] = col(NAME);
        for (InstitutionSignal signal : InstitutionSignal.values()) {
            columns[signal.ordinal() + 2] = col(signal.column()).cast("double");
        }
        return columns;
    }
}
