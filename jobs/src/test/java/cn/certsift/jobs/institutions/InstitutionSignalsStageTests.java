package cn.certsift.jobs.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.institution.InstitutionRanking;
import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.institution.InstitutionSignal;
import cn.certsift.common.institution.RankedInstitution;
import cn.certsift.jobs.config.ConfFiles;
import cn.certsift.jobs.spark.SparkExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each signal planted alone in one institution among seven ordinary ones: the stage measures it above
 * every ordinary institution, and the ranking with the settings of conf/institutions.yml puts the
 * planted institution first, names the signal first in its evidence, and scores the ordinary ones 0.
 */
@ExtendWith(SparkExtension.class)
class InstitutionSignalsStageTests {

    private static final String PLANTED = "52440703MA000PLANT";
    private static final String[] ORDINARY = {"52440703MA0000001A", "52440703MA0000002B", "52440703MA0000003C",
            "52440703MA0000004D", "52440703MA0000005E", "52440703MA0000006F", "52440703MA0000007G"};
    private static final StructType FINDINGS = new StructType().add("finding_code", DataTypes.StringType)
            .add("id_no", DataTypes.StringType).add("matched_cert_no", DataTypes.StringType);
    private static final InstitutionSettings SETTINGS = ConfFiles.bind("institutions.yml", "certsift.institutions",
            InstitutionSettings.class);

    @ParameterizedTest
    @EnumSource(InstitutionSignal.class)
    void aSignalPlantedAloneFiresForItsInstitutionAndForNoOrdinaryOne(InstitutionSignal signal, SparkSession spark) {
        TrainingSet set = new TrainingSet().ordinary(ORDINARY).institution(PLANTED, plant(signal));
        Dataset<Row> findings = signal == InstitutionSignal.FLAGGED_GRADUATES ? borrowedCertificates(spark, set) : noFindings(spark);

        Map<String, Row> measured = measure(spark, set, findings);

        double planted = measured.get(PLANTED).getAs(signal.column());
        for (String ordinary : ORDINARY) {
            double value = measured.get(ordinary).getAs(signal.column());
            assertTrue(planted > value, () -> signal + ": planted " + planted + ", " + ordinary + " " + value);
        }
        List<RankedInstitution> ranked = new InstitutionRanking(SETTINGS).rank(InstitutionRows.measures(List.copyOf(measured.values())));
        String ranking = ranked.stream().map(r -> r.rank() + " " + r.code() + " " + r.riskScore() + " " + r.evidence())
                .collect(Collectors.joining("\n"));
        assertEquals(PLANTED, ranked.get(0).code(), ranking);
        assertTrue(ranked.get(0).evidence().startsWith(signal.chineseName() + "："), ranking);
        ranked.stream().skip(1).forEach(r -> assertEquals(0.0, r.riskScore(), ranking));
    }

    @Test
    void anInstitutionWithTooFewClassesOrRecordsIsNotMeasuredOnThem(SparkSession spark) {
        TrainingSet set = new TrainingSet().ordinary(ORDINARY)
                .institution(PLANTED, plan -> plan.recorded = plan.number < 2);

        Row small = measure(spark, set, noFindings(spark)).get(PLANTED);

        assertNull(small.getAs(InstitutionSignal.HOURS_SHORT.column()));
        assertNull(small.getAs(InstitutionSignal.PASS_RATE_HIGH.column()));
        assertNull(small.getAs(InstitutionSignal.VOLUME_SPIKE.column()));
        assertEquals(70.0 / 84, (double) small.getAs(InstitutionSignal.MISSING_RECORDS.column()), 1e-9,
                "10 of 12 classes have no records: 70 of the 84 certificates naming the institution");
    }

    @Test
    void anInstitutionKnownOnlyFromTheRegistryIsRankedUnderTheRegistrysName(SparkSession spark) {
        TrainingSet set = new TrainingSet().ordinary(ORDINARY).institution(PLANTED, plan -> plan.recorded = false);

        Row unrecorded = measure(spark, set, noFindings(spark)).get(PLANTED);

        assertEquals(PLANTED + "培训中心", unrecorded.getAs("training_org"));
        assertEquals(1.0, (double) unrecorded.getAs(InstitutionSignal.MISSING_RECORDS.column()));
    }

    @Test
    void aCertificateListedTwiceHasARecordWhenOneOfItsHoldersTrainedThere(SparkSession spark) {
        TrainingSet set = new TrainingSet().ordinary(ORDINARY).institution(PLANTED, plan -> plan.numberRecorded = false)
                .alsoListedUnderStrangers(PLANTED);

        Row planted = measure(spark, set, noFindings(spark)).get(PLANTED);

        assertEquals(0.0, (double) planted.getAs(InstitutionSignal.MISSING_RECORDS.column()),
                "each number is listed under its trainee and under a stranger: every certificate has a record");
    }

    private static Consumer<TrainingSet.ClassPlan> plant(InstitutionSignal signal) {
        return switch (signal) {
            case HOURS_SHORT -> plan -> plan.hours = 20;
            case HOURS_OVERFULL -> plan -> plan.end = plan.start.plusDays(1);
            case EXAM_TOO_SOON -> plan -> plan.exam = plan.start.plusDays(1);
            case PASS_RATE_HIGH -> plan -> plan.allPass = true;
            case SCORES_UNIFORM -> plan -> plan.sameScore = 90;
            case MISSING_RECORDS -> plan -> plan.recorded = plan.number < 3;
            case VOLUME_SPIKE -> plan -> plan.size = plan.number == 9 ? 5 * TrainingSet.CLASS_SIZE : TrainingSet.CLASS_SIZE;
            case DISTANT_TRAINEES -> plan -> plan.traineeProvince = "51";
            case SHARED_PHONES -> plan -> plan.phones = List.of("13800000001", "13800000002");
            case FLAGGED_GRADUATES -> plan -> { };
        };
    }

    /** Ten graduates of the planted institution whose certificates other people use. */
    private static Dataset<Row> borrowedCertificates(SparkSession spark, TrainingSet set) {
        List<Row> rows = new ArrayList<>();
        List<String> numbers = set.certificateNumbers(PLANTED);
        for (int i = 0; i < 10; i++) {
            rows.add(RowFactory.create(i % 2 == 0 ? "HOLDER_MISMATCH" : "CERT_SHARED", String.format("3301021990010%05d", i),
                    numbers.get(i * 3)));
        }
        return spark.createDataFrame(rows, FINDINGS);
    }

    private static Dataset<Row> noFindings(SparkSession spark) {
        return spark.createDataFrame(List.of(), FINDINGS);
    }

    private static Map<String, Row> measure(SparkSession spark, TrainingSet set, Dataset<Row> findings) {
        return InstitutionSignalsStage.measure(set.training(spark), set.certificates(spark), findings, TrainingSet.RUN_DATE,
                        SETTINGS.measures()).stream()
                .collect(Collectors.toMap(row -> row.getAs("training_org_code"), row -> row));
    }
}
