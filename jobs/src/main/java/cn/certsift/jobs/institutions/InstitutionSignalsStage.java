package cn.certsift.jobs.institutions;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.InstitutionSignal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: every training institution's signals, measured from the training records, the registry
 * certificates that name an institution, and tonight's findings. One row per institution code found in
 * either the training records or the registries: {@code training_org_code}, {@code training_org}, and
 * one column per {@link InstitutionSignal}, null where the institution has too little data for it.
 */
public final class InstitutionSignalsStage {

    static final String CODE = "training_org_code";
    static final String NAME = "training_org";
    private static final List<String> PASS_RESULTS = List.of("合格", "通过");
    private static final Column[] TRAINING_COLUMNS = Stream.of(CODE, NAME, "org_division", "class_id", "id_no", "phone", "category",
            "train_start", "train_end", "hours", "exam_date", "theory_score", "passed", "cert_no").map(c -> col(c)).toArray(Column[]::new);

    private InstitutionSignalsStage() {
    }

    /**
     * @param training     the training staging layer
     * @param certificates the three registries ({@code RegistryCertificates.union})
     * @param findings     tonight's findings ({@code CurrentFindings.of})
     */
    public static Dataset<Row> measure(Dataset<Row> training, Dataset<Row> certificates, Dataset<Row> findings, LocalDate runDate,
                                       InstitutionSettings.Measures measures) {
        // Every signal groups or joins by institution first (and then by trainee, class, certificate …): the
        // records and the certificates naming an institution are partitioned by institution once, so that
        // none of those groupings and joins shuffles them again. An institution's rows stay together.
        Dataset<Row> records = training.filter(col(CODE).isNotNull()).select(TRAINING_COLUMNS).repartition(col(CODE))
                .localCheckpoint();
        Dataset<Row> named = certificates.filter(col(CODE).isNotNull()).select(col("cert_no"), col("id_no"), col(CODE), col(NAME))
                .repartition(col(CODE)).localCheckpoint();
        Dataset<Row> trainees = Trainees.of(records, SharedPhones.of(training, measures.sharedPhoneTrainees())).localCheckpoint();
        Dataset<Row> result = institutions(records, named);
        for (Dataset<Row> signals : List.of(
                TrainingClasses.signals(records, measures),
                TraineeSignals.signals(records, trainees, measures),
                VolumeSpike.signal(records, runDate, measures),
                RegistrySignals.signals(records, named, trainees, certificates, findings, measures))) {
            result = result.join(signals, CODE, "left");
        }
        return result.select(columns());
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
        Dataset<Row> fromTraining = records.groupBy(CODE).agg(min(NAME).as("training_name"));
        Dataset<Row> fromRegistry = named.groupBy(CODE).agg(min(NAME).as("registry_name"));
        return fromTraining.join(fromRegistry, CODE, "full")
                .select(col(CODE), coalesce(col("training_name"), col("registry_name")).as(NAME));
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
