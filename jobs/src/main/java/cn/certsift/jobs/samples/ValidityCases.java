package cn.certsift.jobs.samples;

import static cn.certsift.jobs.samples.FindingCode.CERT_EXPIRED;
import static cn.certsift.jobs.samples.FindingCode.CERT_REVOKED;
import static cn.certsift.jobs.samples.FindingCode.REVIEW_OVERDUE;

import java.util.List;
import java.util.function.Predicate;

/**
 * Rows recording the holder's own qualifying certificate in a state that raises one finding: revoked,
 * expired (also by a single day, also on a row whose leave date is the run date itself), or overdue
 * for review; and rows of people who left with such an anomaly, which raise nothing.
 */
final class ValidityCases {

    private final Planting planting;

    ValidityCases(Planting planting) {
        this.planting = planting;
    }

    PlantedUnit plant(RosterCase rosterCase, Dice dice) {
        return switch (rosterCase) {
            case REVOKED -> recorded(rosterCase, dice, CertState.REVOKED, type -> true, CERT_REVOKED);
            case EXPIRED -> recorded(rosterCase, dice, CertState.EXPIRED, type -> true, CERT_EXPIRED);
            case EXPIRED_YESTERDAY -> recorded(rosterCase, dice, CertState.EXPIRED_YESTERDAY, type -> true, CERT_EXPIRED);
            case REVIEW_MISSING -> recorded(rosterCase, dice, CertState.REVIEW_MISSING, ValidityCases::reviewed, REVIEW_OVERDUE);
            case REVIEW_STALE -> recorded(rosterCase, dice, CertState.REVIEW_STALE, ValidityCases::reviewed, REVIEW_OVERDUE);
            case LEFT_ON_RUN_DATE -> leftOnRunDate(rosterCase, dice);
            case LEFT_WITH_ANOMALY -> leftWithAnomaly(rosterCase, dice);
            default -> throw new IllegalArgumentException(rosterCase + " is not a validity case");
        };
    }

    private PlantedUnit recorded(RosterCase rosterCase, Dice dice, CertState state, Predicate<CertificateType> types,
                                 FindingCode expected) {
        Planting.Holding held = planting.holding(dice, state, types);
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder()).records(held.certificate())
                .expect(expected).build(dice)), List.of(held.certificate()));
    }

    /** Leaving on the run date itself: still current, so the expired certificate counts. */
    private PlantedUnit leftOnRunDate(RosterCase rosterCase, Dice dice) {
        Planting.Holding held = planting.holding(dice, CertState.EXPIRED);
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder()).records(held.certificate())
                .leftOn(planting.runDate()).expect(CERT_EXPIRED).build(dice)), List.of(held.certificate()));
    }

    /** Someone who left before the run date, with what would otherwise be a finding: nothing. */
    private PlantedUnit leftWithAnomaly(RosterCase rosterCase, Dice dice) {
        int anomaly = dice.below(4);
        if (anomaly == 0 || anomaly == 1) {
            Planting.Holding held = planting.holding(dice, anomaly == 0 ? CertState.EXPIRED : CertState.REVOKED);
            return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder())
                    .records(held.certificate()).left().build(dice)), List.of(held.certificate()));
        }
        Workplace workplace = planting.workplace(dice, planting.needingCertificate());
        Planting.RowDraft row = planting.row(workplace, planting.person()).left();
        if (anomaly == 2) {
            CertificateType type = planting.qualifyingType(workplace.post(), dice, t -> true);
            row.recordsNumber(planting.forgedNumber(type.department(), dice), type.category());
        }
        return new PlantedUnit(rosterCase, List.of(row.build(dice)), List.of());
    }

    private static boolean reviewed(CertificateType type) {
        return type.reviewYears() > 0;
    }
}
