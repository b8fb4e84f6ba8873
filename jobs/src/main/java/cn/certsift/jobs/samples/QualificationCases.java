package cn.certsift.jobs.samples;

import static cn.certsift.jobs.samples.FindingCode.CATEGORY_MISMATCH;
import static cn.certsift.jobs.samples.FindingCode.NO_CERT;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of posts that need a certificate, where the person holds no valid one that qualifies: nothing
 * recorded (holding nothing, or only an expired, revoked or other-category certificate), or a valid
 * certificate of the wrong category recorded.
 */
final class QualificationCases {

    private final Planting planting;

    QualificationCases(Planting planting) {
        this.planting = planting;
    }

    PlantedUnit plant(RosterCase rosterCase, Dice dice) {
        return switch (rosterCase) {
            case NO_CERT_HOLDS_NOTHING -> holdsNothing(rosterCase, dice);
            case NO_CERT_HOLDS_EXPIRED -> holdsUnusable(rosterCase, dice, CertState.EXPIRED);
            case NO_CERT_HOLDS_REVOKED -> holdsUnusable(rosterCase, dice, CertState.REVOKED);
            case NO_CERT_HOLDS_OTHER_CATEGORY -> holdsOtherCategory(rosterCase, dice);
            case CATEGORY_MISMATCH -> categoryMismatch(rosterCase, dice);
            default -> throw new IllegalArgumentException(rosterCase + " is not a qualification case");
        };
    }

    private PlantedUnit holdsNothing(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.workplace(dice, planting.needingCertificate());
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, planting.person()).expect(NO_CERT).build(dice)),
                List.of());
    }

    /** A qualifying certificate that is no longer valid, and nothing recorded. */
    private PlantedUnit holdsUnusable(RosterCase rosterCase, Dice dice, CertState state) {
        Planting.Holding held = planting.holding(dice, state);
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder()).expect(NO_CERT).build(dice)),
                List.of(held.certificate()));
    }

    private PlantedUnit holdsOtherCategory(RosterCase rosterCase, Dice dice) {
        Planting.Holding held = planting.holdingOther(dice);
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder()).expect(NO_CERT).build(dice)),
                List.of(held.certificate()));
    }

    /**
     * A valid certificate of a category that does not qualify, recorded as if it did; now and then the
     * person also holds a qualifying certificate that has expired, which does not help.
     */
    private PlantedUnit categoryMismatch(RosterCase rosterCase, Dice dice) {
        Planting.Holding recorded = planting.holdingOther(dice);
        CertificateType recordedType = recorded.certificate().primaryType();
        List<Certificate> held = new ArrayList<>(List.of(recorded.certificate()));
        List<CertificateType> lapsable = planting.posts().qualifying(recorded.post()).stream()
                .filter(type -> !type.sharesNumberWith(recordedType)).toList();
        if (!lapsable.isEmpty() && dice.chance(0.3)) {
            held.add(planting.issue(recorded.holder(), dice.pick(lapsable), CertState.EXPIRED, dice));
        }
        String believed = dice.chance(0.5) ? planting.qualifyingType(recorded.post(), dice, t -> true).category()
                : recordedType.category();
        return new PlantedUnit(rosterCase, List.of(planting.row(recorded.workplace(), recorded.holder())
                .recordsNumber(recorded.certificate().number(), believed).expect(CATEGORY_MISMATCH).build(dice)), held);
    }
}
