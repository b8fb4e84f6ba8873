package cn.certsift.jobs.samples;

import cn.certsift.common.source.Department;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The training institutions of a sample, which of them are planted with suspicious signals, where a
 * certificate holder was trained, and the class schedule: each institution runs a class per
 * certificate type every few weeks (fewer, larger classes in small samples), so that the class of any
 * certificate follows from its date without remembering earlier ones.
 */
final class Institutions {

    /** The first four combinations are planted in every sample, one institution each. */
    private static final int ALWAYS_PLANTED = 4;
    private static final Department[] ALWAYS_PLANTED_IN = {Department.MEM, Department.MEM, Department.MOHURD, Department.SAMR};
    private static final Map<Department, Double> ROW_SHARE = Map.of(Department.MEM, 0.45, Department.MOHURD, 0.30,
            Department.SAMR, 0.25);
    private static final int TARGET_CLASS_SIZE = 25;
    private static final int MIN_PERIOD_DAYS = 14;
    private static final int MAX_PERIOD_DAYS = 90;
    private static final int ARCHIVE_DAYS = 6 * 365;
    /** A certificate is issued at least this long after its exam. */
    static final int ISSUE_AFTER_EXAM_DAYS = 14;
    /** The burst month trains as many as this many ordinary months of a two-year history. */
    private static final double SPIKE_MONTHS = 6;
    private static final double HISTORY_MONTHS = 24;
    private static final int SPIKE_CLASSES = 3;
    private static final double FAR_TO_DISTANT = 0.75;
    private static final double NEAR_TO_DISTANT_WEIGHT = 0.1;
    private static final long INSTITUTION_STREAM = 4;
    private static final long CLASS_STREAM = 5;
    private static final String BRANDS = "安泰华信诚达宏远众邦职成技嘉鼎力明德恒通合创立新";
    private static final Map<Department, List<String>> NAME_SUFFIXES = Map.of(
            Department.MEM, List.of("安全技术培训中心", "职业技能培训学校"),
            Department.MOHURD, List.of("建设职业培训学校", "建筑安全培训中心"),
            Department.SAMR, List.of("特种设备技术培训中心", "技工学校"));
    private static final Map<Department, List<String>> EXAM_SITES = Map.of(
            Department.MEM, List.of("江门市安全生产考试中心", "江门市特种作业实操考点（蓬江）", "江门市特种作业实操考点（新会）"),
            Department.MOHURD, List.of("江门市建设工程安全考核点", "江门市建筑施工特种作业考核基地"),
            Department.SAMR, List.of("江门市特种设备作业人员考试机构", "江门市特种设备检测院考点"));

    private final long seed;
    private final LocalDate origin;
    private final LocalDate spikeMonth;
    private final double namingShare;
    private final List<Institution> all;
    private final Map<Department, Choices> byDepartment = new EnumMap<>(Department.class);
    private final Map<Department, Integer> periodDays = new EnumMap<>(Department.class);

    private Institutions(long seed, LocalDate runDate, double namingShare, List<Institution> all, long registryRows) {
        this.seed = seed;
        this.origin = runDate.minusYears(20);
        this.spikeMonth = runDate.minusMonths(5).withDayOfMonth(1);
        this.namingShare = namingShare;
        this.all = all;
        for (Department department : Department.values()) {
            List<Institution> ofDepartment = all.stream().filter(i -> i.department() == department).toList();
            byDepartment.put(department, Choices.of(ofDepartment));
            double perDay = registryRows * ROW_SHARE.get(department) * namingShare
                    / (ofDepartment.size() * CertificateTypes.of(department).size() * (double) ARCHIVE_DAYS);
            long period = perDay <= 0 ? MAX_PERIOD_DAYS : Math.round(TARGET_CLASS_SIZE / perDay);
            periodDays.put(department, (int) Math.max(MIN_PERIOD_DAYS, Math.min(MAX_PERIOD_DAYS, period)));
        }
    }

    /**
     * The institutions for a sample of this many registry rows: ten or more, four of them planted with
     * the first four signal combinations, and {@code extraPlantedShare} of the others with a random one.
     *
     * @param namingShare the share of registry rows that name an institution
     */
    static Institutions plan(long seed, LocalDate runDate, long registryRows, double namingShare, double extraPlantedShare) {
        int total = (int) Math.max(10, registryRows / 25_000);
        int mem = (int) Math.max(3, Math.round(total * 0.4));
        int mohurd = (int) Math.max(2, Math.round(total * 0.3));
        int samr = Math.max(2, total - mem - mohurd);
        List<Institution> all = new ArrayList<>();
        Map<Department, Integer> counts = Map.of(Department.MEM, mem, Department.MOHURD, mohurd, Department.SAMR, samr);
        int planted = 0;
        for (Department department : Department.values()) {
            for (int i = 0; i < counts.get(department); i++) {
                int index = all.size();
                Dice dice = Dice.of(seed, INSTITUTION_STREAM, index);
                Set<InstitutionSignal> signals = EnumSet.noneOf(InstitutionSignal.class);
                if (planted < ALWAYS_PLANTED && ALWAYS_PLANTED_IN[planted] == department) {
                    signals.addAll(InstitutionSignal.COMBINATIONS.get(planted++));
                } else if (dice.chance(extraPlantedShare)) {
                    signals.addAll(dice.pick(InstitutionSignal.COMBINATIONS));
                }
                all.add(institution(index, department, signals, dice));
            }
        }
        return new Institutions(seed, runDate, namingShare, List.copyOf(all), registryRows);
    }

    private static Institution institution(int index, Department department, Set<InstitutionSignal> signals, Dice dice) {
        Regions.District district = dice.pick(Regions.DISTRICTS);
        String name = Regions.CITY_NAME + dice.pick(BRANDS) + dice.pick(BRANDS) + dice.pick(NAME_SUFFIXES.get(department));
        String code = CreditCodes.code("52", district.code(), index, dice);
        double weight = signals.isEmpty() ? 0.5 + 1.5 * dice.unit() : 1.0;
        List<String> phones = List.of(Persons.mobile(dice), Persons.mobile(dice), Persons.mobile(dice));
        return new Institution(index, code, name, district, department, Set.copyOf(signals), weight,
                String.format("JM%03d", index + 1), dice.pick(EXAM_SITES.get(department)), phones);
    }

    List<Institution> all() {
        return all;
    }

    /** Where the holder of a new certificate of this department was trained, or null when the registry names no one. */
    TrainingPlacement place(Department department, Person holder, Dice dice) {
        if (!dice.chance(namingShare)) {
            return null;
        }
        Choices choices = byDepartment.get(department);
        for (int i = 0; i < choices.spiking().size(); i++) {
            if (dice.chance(choices.spikeShares()[i])) {
                return new TrainingPlacement(choices.spiking().get(i), dice.below(SPIKE_CLASSES));
            }
        }
        boolean far = holder.tier() == Regions.Tier.FAR;
        if (far && !choices.distant().isEmpty() && dice.chance(FAR_TO_DISTANT)) {
            return new TrainingPlacement(dice.pick(choices.distant()), -1);
        }
        WeightedChoice choice = far ? choices.forFar() : choices.forNear();
        return new TrainingPlacement(choices.institutions().get(choice.draw(dice)), -1);
    }

    /** The exam date of one of the burst classes of the spike month. */
    LocalDate spikeExam(int spikeClass) {
        return spikeMonth.plusDays(4 + 8L * spikeClass);
    }

    /** The class whose certificate was issued on {@code validFrom}. */
    TrainingClass classOf(Certificate certificate, CertificateType type) {
        TrainingPlacement placement = certificate.training();
        if (placement.inSpike()) {
            return spikeClass(placement.institution(), type, placement.spikeClass());
        }
        return regularClass(placement.institution(), type, classNumberBefore(placement.institution(), type,
                certificate.validFrom().minusDays(ISSUE_AFTER_EXAM_DAYS)));
    }

    /** An earlier class of the same institution and type, where a trainee failed before passing. */
    TrainingClass earlierClass(Certificate certificate, CertificateType type, int classesBefore) {
        Institution institution = certificate.training().institution();
        long number = classNumberBefore(institution, type, certificate.validFrom().minusDays(ISSUE_AFTER_EXAM_DAYS));
        return regularClass(institution, type, number - classesBefore);
    }

    /** The regular class held last before a date. */
    TrainingClass classBefore(Institution institution, CertificateType type, LocalDate date) {
        return regularClass(institution, type, classNumberBefore(institution, type, date));
    }

    private long classNumberBefore(Institution institution, CertificateType type, LocalDate date) {
        long days = ChronoUnit.DAYS.between(origin, date) - offset(institution, type);
        return Math.floorDiv(days, periodDays.get(institution.department()));
    }

    private TrainingClass regularClass(Institution institution, CertificateType type, long number) {
        int typeIndex = CertificateTypes.indexOf(type);
        LocalDate exam = origin.plusDays(offset(institution, type) + number * periodDays.get(institution.department()));
        return schedule(institution, type, exam, String.format("%s-%02d-%04d", institution.tag(), typeIndex, number),
                Dice.of(seed, CLASS_STREAM, institution.index(), typeIndex, number));
    }

    private TrainingClass spikeClass(Institution institution, CertificateType type, int spikeClass) {
        int typeIndex = CertificateTypes.indexOf(type);
        return schedule(institution, type, spikeExam(spikeClass),
                String.format("%s-%02d-S%d", institution.tag(), typeIndex, spikeClass + 1),
                Dice.of(seed, CLASS_STREAM, institution.index(), typeIndex, -1 - spikeClass));
    }

    private int offset(Institution institution, CertificateType type) {
        return Dice.of(seed, CLASS_STREAM, institution.index(), CertificateTypes.indexOf(type), Long.MIN_VALUE)
                .below(periodDays.get(institution.department()));
    }

    private static TrainingClass schedule(Institution institution, CertificateType type, LocalDate exam, String id, Dice dice) {
        int norm = type.trainingHours();
        int hours;
        int days;
        if (institution.has(InstitutionSignal.HOURS_SHORT)) {
            hours = (int) Math.round(norm * (0.18 + 0.1 * dice.unit()));
            days = (hours + 7) / 8;
        } else {
            hours = norm + dice.pick(List.of(-4, 0, 0, 0, 4, 8));
            days = (hours + 7) / 8 + dice.between(0, 3);
        }
        LocalDate start;
        LocalDate end;
        if (institution.has(InstitutionSignal.EXAM_TOO_SOON)) {
            start = exam.minusDays(dice.between(1, 2));
            end = exam.minusDays(1).isBefore(start) ? start : exam.minusDays(1);
        } else {
            if (institution.has(InstitutionSignal.HOURS_OVERFULL)) {
                days = dice.between(2, 3);
            }
            // A short class still leaves days before its exam: HOURS_SHORT must not look like EXAM_TOO_SOON too.
            int examGap = institution.has(InstitutionSignal.HOURS_SHORT) ? dice.between(3, 7) : dice.between(1, 7);
            end = exam.minusDays(examGap);
            start = end.minusDays(days - 1L);
        }
        return new TrainingClass(id, start, end, exam, hours, institution.examSite());
    }

    /** A department's institutions, prepared for drawing one per certificate. */
    private record Choices(List<Institution> institutions, List<Institution> spiking, double[] spikeShares,
                           List<Institution> distant, WeightedChoice forNear, WeightedChoice forFar) {

        static Choices of(List<Institution> institutions) {
            double total = institutions.stream().mapToDouble(Institution::weight).sum();
            List<Institution> spiking = with(institutions, InstitutionSignal.VOLUME_SPIKE);
            double[] spikeShares = spiking.stream()
                    .mapToDouble(institution -> SPIKE_MONTHS / HISTORY_MONTHS * institution.weight() / total).toArray();
            double[] far = institutions.stream().mapToDouble(Institution::weight).toArray();
            double[] near = institutions.stream().mapToDouble(institution -> institution.weight()
                    * (institution.has(InstitutionSignal.DISTANT_TRAINEES) ? NEAR_TO_DISTANT_WEIGHT : 1.0)).toArray();
            return new Choices(institutions, spiking, spikeShares, with(institutions, InstitutionSignal.DISTANT_TRAINEES),
                    new WeightedChoice(near), new WeightedChoice(far));
        }

        private static List<Institution> with(List<Institution> institutions, InstitutionSignal signal) {
            return institutions.stream().filter(institution -> institution.has(signal)).toList();
        }
    }
}
