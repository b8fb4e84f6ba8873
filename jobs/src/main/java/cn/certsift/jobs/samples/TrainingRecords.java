package cn.certsift.jobs.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The training and exam records behind registry certificates, and those of trainees who failed. Each
 * registry row that names an institution has the record of the class its holder passed, unless the
 * institution is planted with missing records (then most have none, except the burst of a volume spike,
 * which is recorded so that the spike shows) or, rarely, the archive lost it;
 * some holders failed an earlier class first. Scores, phones and pass rates follow the institution's
 * planted signals.
 */
final class TrainingRecords {

    private static final double LOST_RECORD_SHARE = 0.04;
    private static final double MISSING_RECORD_SHARE = 0.7;
    private static final double RETAKE_SHARE = 0.12;
    private static final double SHARED_PHONE_SHARE = 0.65;
    private static final int PASS_MARK = 80;
    private static final long TRAINING_STREAM = 8;

    private final long seed;
    private final LocalDate runDate;
    private final Institutions institutions;
    private final List<Institution> failing;

    TrainingRecords(long seed, LocalDate runDate, Institutions institutions) {
        this.seed = seed;
        this.runDate = runDate;
        this.institutions = institutions;
        this.failing = institutions.all().stream().filter(i -> !i.has(InstitutionSignal.UNIFORM_SCORES)).toList();
    }

    /** A training record and the institution that keeps it. */
    record Row(Institution institution, Object[] values) {
    }

    /** The records behind one registry row of a certificate that names an institution (none when it names none). */
    List<Row> behind(Certificate certificate, CertificateType type) {
        TrainingPlacement placement = certificate.training();
        if (placement == null) {
            return List.of();
        }
        Institution institution = placement.institution();
        Dice dice = Dice.of(seed, TRAINING_STREAM, certificate.holder().index(), CertificateTypes.indexOf(type));
        boolean recordsMissing = institution.has(InstitutionSignal.MISSING_RECORDS) && !placement.inSpike();
        double missing = recordsMissing ? MISSING_RECORD_SHARE : LOST_RECORD_SHARE;
        if (dice.chance(missing)) {
            return List.of();
        }
        List<Row> records = new ArrayList<>(2);
        Person holder = certificate.holder();
        if (!institution.has(InstitutionSignal.UNIFORM_SCORES) && !placement.inSpike() && dice.chance(RETAKE_SHARE)) {
            TrainingClass earlier = institutions.earlierClass(certificate, type, dice.between(1, 3));
            records.add(new Row(institution, Records.training(institution, earlier, holder,
                    phone(institution, holder, dice), type, failed(dice), null)));
        }
        records.add(new Row(institution, Records.training(institution, institutions.classOf(certificate, type), holder,
                phone(institution, holder, dice), type, passed(institution, dice), certificate.number())));
        return records;
    }

    /** A trainee who failed and holds no certificate of the type: a class in the last six years. */
    Row failedTrainee(Person trainee, Dice dice) {
        Institution institution = dice.pick(failing);
        CertificateType type = dice.pick(CertificateTypes.of(institution.department()));
        LocalDate sometime = runDate.minusDays(30 + dice.belowLong(ChronoUnit.DAYS.between(runDate.minusYears(6), runDate) - 30));
        return new Row(institution, Records.training(institution, institutions.classBefore(institution, type, sometime),
                trainee, phone(institution, trainee, dice), type, failed(dice), null));
    }

    private static String phone(Institution institution, Person trainee, Dice dice) {
        if (institution.has(InstitutionSignal.SHARED_PHONES) && dice.chance(SHARED_PHONE_SHARE)) {
            return dice.pick(institution.phones());
        }
        return trainee.phone();
    }

    private static Records.Scores passed(Institution institution, Dice dice) {
        if (institution.has(InstitutionSignal.UNIFORM_SCORES)) {
            int score = dice.chance(0.6) ? 90 : dice.between(89, 91);
            return new Records.Scores(score, dice.chance(0.7) ? 90 : dice.between(89, 91), true);
        }
        return new Records.Scores(score(dice, 87, 5, PASS_MARK, 100), score(dice, 88, 5, PASS_MARK, 100), true);
    }

    private static Records.Scores failed(Dice dice) {
        if (dice.chance(0.6)) {
            return new Records.Scores(score(dice, 68, 8, 30, PASS_MARK - 1), score(dice, 82, 8, 40, 100), false);
        }
        return new Records.Scores(score(dice, 84, 4, PASS_MARK, 100), score(dice, 70, 6, 40, PASS_MARK - 1), false);
    }

    private static int score(Dice dice, double mean, double deviation, int low, int high) {
        return (int) Math.max(low, Math.min(high, Math.round(dice.gaussian(mean, deviation))));
    }
}
