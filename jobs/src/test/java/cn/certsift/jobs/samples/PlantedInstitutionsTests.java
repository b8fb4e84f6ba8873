package cn.certsift.jobs.samples;

import static cn.certsift.common.source.SourceKind.TRAINING;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.config.CertSiftProperties;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each planted signal stands out in the generated files: measured from the rows ingest accepts, every
 * institution planted with a signal scores higher on it than every institution that is not.
 */
class PlantedInstitutionsTests {

    private static final Set<String> NEAR_PROVINCES = Set.of("44", "43", "45", "36", "35", "46");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(SampleFormats.class)
    void everyPlantedSignalRanksItsInstitutionsAboveAllOthers(SampleFormats formats) throws Exception {
        CertSiftProperties conf = SampleTables.load(Path.of(System.getProperty("certsift.home"), "conf"));
        boolean mixed = formats == SampleFormats.MIXED;
        new SampleGenerator(new GeneratorSettings(folder, 11, SampleGeneratorTests.RUN_DATE, mixed ? 500 : 2000,
                mixed ? 1400 : 40_000, mixed ? 1000 : 20_000, formats, 3, 3), conf, new PrintWriter(new StringWriter())).generate();
        GeneratedInput input = new GeneratedInput(folder.resolve("input"), conf.headerDictionary());
        Map<String, Set<InstitutionSignal>> planted = planted(folder.resolve("expected/planted-institutions.csv"));
        Map<String, Stats> stats = stats(input);
        assertFalse(planted.isEmpty());
        for (InstitutionSignal signal : InstitutionSignal.values()) {
            ToDoubleFunction<Stats> metric = metric(signal);
            double lowestPlanted = stats.entrySet().stream().filter(e -> planted.getOrDefault(e.getKey(), Set.of()).contains(signal))
                    .mapToDouble(e -> metric.applyAsDouble(e.getValue())).min().orElseThrow();
            double highestOther = stats.entrySet().stream().filter(e -> !planted.getOrDefault(e.getKey(), Set.of()).contains(signal))
                    .mapToDouble(e -> metric.applyAsDouble(e.getValue())).max().orElseThrow();
            assertTrue(lowestPlanted > highestOther, signal + ": planted " + lowestPlanted + ", others up to " + highestOther);
        }
    }

    private static ToDoubleFunction<Stats> metric(InstitutionSignal signal) {
        return switch (signal) {
            case HOURS_SHORT -> s -> s.share(r -> r.hours < 0.4 * r.categoryMedianHours);
            case HOURS_OVERFULL -> s -> s.share(r -> r.hours / (r.days + 1.0) > 12);
            case EXAM_TOO_SOON -> s -> s.share(r -> r.examAfterStart <= 2);
            case UNIFORM_SCORES -> s -> s.share(r -> r.passed) / (1 + s.theoryDeviation());
            case MISSING_RECORDS -> Stats::registryWithoutRecord;
            case VOLUME_SPIKE -> Stats::busiestMonthOverMedian;
            case DISTANT_TRAINEES -> s -> s.share(r -> !NEAR_PROVINCES.contains(r.province));
            case SHARED_PHONES -> Stats::sharedPhoneShare;
        };
    }

    /** One training record, reduced to what the signals look at. */
    private record Record(double hours, double categoryMedianHours, long days, long examAfterStart, boolean passed,
                          int theory, String province, String phone, String id, String month, String certNo) {
    }

    /** An institution's records and the registry rows that name it. */
    private static final class Stats {
        final List<Record> records = new ArrayList<>();
        final Set<String> namedBy = new HashSet<>();

        double share(java.util.function.Predicate<Record> test) {
            return records.stream().filter(test).count() / (double) records.size();
        }

        double theoryDeviation() {
            double mean = records.stream().mapToInt(Record::theory).average().orElse(0);
            return Math.sqrt(records.stream().mapToDouble(r -> (r.theory - mean) * (r.theory - mean)).average().orElse(0));
        }

        double registryWithoutRecord() {
            Set<String> trained = records.stream().map(Record::certNo).filter(n -> n != null).collect(Collectors.toSet());
            return namedBy.stream().filter(n -> !trained.contains(n)).count() / (double) Math.max(1, namedBy.size());
        }

        double busiestMonthOverMedian() {
            List<Long> perMonth = records.stream().collect(Collectors.groupingBy(Record::month, Collectors.counting()))
                    .values().stream().sorted().toList();
            return perMonth.get(perMonth.size() - 1) / (double) perMonth.get(perMonth.size() / 2);
        }

        double sharedPhoneShare() {
            Map<String, Set<String>> idsByPhone = new HashMap<>();
            records.forEach(r -> idsByPhone.computeIfAbsent(r.phone, p -> new HashSet<>()).add(r.id));
            return share(r -> idsByPhone.get(r.phone).size() >= 5);
        }
    }

    private static Map<String, Stats> stats(GeneratedInput input) {
        Map<String, List<Double>> hoursByCategory = new HashMap<>();
        for (GeneratedInput.Row row : input.rows(TRAINING)) {
            hoursByCategory.computeIfAbsent((String) row.get(TRAINING, "category"), c -> new ArrayList<>())
                    .add((Double) row.get(TRAINING, "hours"));
        }
        Map<String, Double> medians = new HashMap<>();
        hoursByCategory.forEach((category, hours) -> medians.put(category, hours.stream().sorted().toList().get(hours.size() / 2)));
        Map<String, Stats> stats = new HashMap<>();
        for (GeneratedInput.Row row : input.rows(TRAINING)) {
            LocalDate start = (LocalDate) row.get(TRAINING, "train_start");
            LocalDate exam = (LocalDate) row.get(TRAINING, "exam_date");
            String id = (String) row.get(TRAINING, "id_no");
            stats.computeIfAbsent((String) row.get(TRAINING, "training_org_code"), c -> new Stats()).records.add(new Record(
                    (Double) row.get(TRAINING, "hours"), medians.get((String) row.get(TRAINING, "category")),
                    ChronoUnit.DAYS.between(start, (LocalDate) row.get(TRAINING, "train_end")),
                    ChronoUnit.DAYS.between(start, exam), "合格".equals(row.get(TRAINING, "passed")),
                    ((Double) row.get(TRAINING, "theory_score")).intValue(), id.substring(0, 2),
                    (String) row.get(TRAINING, "phone"), id, exam.toString().substring(0, 7), (String) row.get(TRAINING, "cert_no")));
        }
        for (SourceKind kind : SourceKind.values()) {
            if (kind.isRegistry()) {
                for (GeneratedInput.Row row : input.rows(kind)) {
                    String code = (String) row.get(kind, "training_org_code");
                    if (code != null && stats.containsKey(code)) {
                        stats.get(code).namedBy.add((String) row.get(kind, "cert_no"));
                    }
                }
            }
        }
        return stats;
    }

    private static Map<String, Set<InstitutionSignal>> planted(Path file) throws Exception {
        Map<String, Set<InstitutionSignal>> planted = new HashMap<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] cells = line.split(",");
            Set<InstitutionSignal> signals = new HashSet<>();
            for (String signal : cells[3].split(";")) {
                signals.add(InstitutionSignal.valueOf(signal));
            }
            planted.put(cells[0], signals);
        }
        return planted;
    }
}
