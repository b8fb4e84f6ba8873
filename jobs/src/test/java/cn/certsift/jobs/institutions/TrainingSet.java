package cn.certsift.jobs.institutions;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.spark.StagedRows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Training records and registry certificates for institution tests. An ordinary institution in
 * province 44 runs one class a month for a year: eight trainees from its province, 80 hours over ten
 * days, the exam three days later, scores spread from 72 to 95, seven of eight pass and each passer's
 * certificate is in the registry naming the institution. A test changes one thing of one institution.
 */
final class TrainingSet {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);
    static final int CLASSES = 12;
    static final int CLASS_SIZE = 8;

    private final List<Map<String, Object>> records = new ArrayList<>();
    private final List<Map<String, Object>> certificates = new ArrayList<>();
    private int people;

    /** One class of an institution, as a test may change it before its records are made. */
    static final class ClassPlan {
        final int number;
        LocalDate start;
        LocalDate end;
        LocalDate exam;
        double hours = 80;
        int size = CLASS_SIZE;
        String traineeProvince = "44";
        List<String> phones;
        Integer sameScore;
        boolean allPass;
        boolean recorded = true;
        boolean numberRecorded = true;

        ClassPlan(int number) {
            this.number = number;
            start = RUN_DATE.minusMonths(CLASSES - number).withDayOfMonth(3);
            end = start.plusDays(9);
            exam = end.plusDays(3);
        }
    }

    TrainingSet institution(String code, Consumer<ClassPlan> change) {
        for (int number = 0; number < CLASSES; number++) {
            ClassPlan plan = new ClassPlan(number);
            change.accept(plan);
            for (int seat = 0; seat < plan.size; seat++) {
                trainee(code, plan, seat);
            }
        }
        return this;
    }

    TrainingSet ordinary(String... codes) {
        for (String code : codes) {
            institution(code, plan -> { });
        }
        return this;
    }

    Dataset<Row> training(SparkSession spark) {
        return StagedRows.of(spark, SourceKind.TRAINING, rows(records));
    }

    /** The three registries as {@code RegistryCertificates.union} gives them: only the columns the stage reads. */
    Dataset<Row> certificates(SparkSession spark) {
        return StagedRows.of(spark, SourceKind.REGISTRY_MEM, rows(certificates)).selectExpr("'MEM' as department", "cert_no",
                "name", "id_no", "cert_kind", "category", "operation", "valid_from", "valid_to", "review_due", "reviewed_on",
                "status", "training_org_code", "training_org");
    }

    /** Lists every certificate of an institution a second time, under someone who never trained anywhere. */
    TrainingSet alsoListedUnderStrangers(String code) {
        for (String certNo : certificateNumbers(code)) {
            certificates.add(Map.of("cert_no", certNo, "name", "他人", "id_no", String.format("440703199001%06d", people++),
                    "training_org_code", code, "training_org", code + "培训中心"));
        }
        return this;
    }

    /** The certificate numbers of an institution's graduates, in order. */
    List<String> certificateNumbers(String code) {
        return certificates.stream().filter(c -> code.equals(c.get("training_org_code"))).map(c -> (String) c.get("cert_no")).toList();
    }

    private void trainee(String code, ClassPlan plan, int seat) {
        String id = String.format("%s0703%08d%04d", plan.traineeProvince, 19800101 + people % 28, people);
        people++;
        boolean passed = plan.allPass || seat != CLASS_SIZE - 1;
        String certNo = passed ? "T" + id : null;
        Map<String, Object> record = new HashMap<>();
        record.put("training_org_code", code);
        record.put("training_org", code + "培训中心");
        record.put("org_division", "440703");
        record.put("class_id", code + "-" + plan.number);
        record.put("name", "学员" + people);
        record.put("id_no", id);
        record.put("phone", plan.phones == null ? String.format("139%08d", people) : plan.phones.get(seat % plan.phones.size()));
        record.put("category", "电工作业");
        record.put("train_start", plan.start);
        record.put("train_end", plan.end);
        record.put("hours", plan.hours);
        record.put("exam_date", plan.exam);
        record.put("theory_score", (double) (plan.sameScore != null ? plan.sameScore : 72 + (seat * 7 + plan.number) % 24));
        record.put("passed", passed ? "合格" : "不合格");
        record.put("cert_no", plan.numberRecorded ? certNo : null);
        if (plan.recorded) {
            records.add(record);
        }
        if (passed) {
            certificates.add(Map.of("cert_no", certNo, "name", "学员" + people, "id_no", id, "training_org_code", code,
                    "training_org", code + "培训中心"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] rows(List<Map<String, Object>> rows) {
        return rows.toArray(new Map[0]);
    }
}
