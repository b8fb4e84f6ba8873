package cn.certsift.jobs.samples;

import cn.certsift.common.source.Department;

import java.util.ArrayList;
import java.util.List;

/**
 * People who hold certificates but are on no roster: most of any registry. Their certificates are in
 * every state a registry holds — mostly valid, some expired, revoked or overdue for review — since
 * nothing is judged about them.
 */
final class RegistryPeople {

    private static final Department[] DEPARTMENTS = Department.values();
    private static final double[] DEPARTMENT_WEIGHTS = {0.45, 0.30, 0.25};
    private static final CertState[] STATES = {CertState.CURRENT, CertState.EXPIRED, CertState.REVOKED,
            CertState.REVIEW_MISSING, CertState.REVIEW_STALE};
    private static final double[] STATE_WEIGHTS = {78, 13, 3, 4, 2};
    private static final double SECOND_CERTIFICATE_SHARE = 0.15;

    private final Planting planting;

    RegistryPeople(Planting planting) {
        this.planting = planting;
    }

    /** The next registry-only person's certificates. */
    List<Certificate> next(Dice dice) {
        Person person = planting.person();
        boolean canHoldAny = !person.birthDate().isAfter(planting.certificates().latestHolderBirth());
        List<Certificate> held = new ArrayList<>(2);
        CertificateType first = type(dice);
        held.add(issue(person, first, canHoldAny, dice));
        if (dice.chance(SECOND_CERTIFICATE_SHARE)) {
            CertificateType second = type(dice);
            if (!second.sharesNumberWith(first) && !second.equals(first)) {
                held.add(issue(person, second, canHoldAny, dice));
            }
        }
        return held;
    }

    private Certificate issue(Person person, CertificateType type, boolean canHoldAny, Dice dice) {
        CertState state = STATES[dice.weighted(STATE_WEIGHTS)];
        if (!canHoldAny || state.needsReview() && type.reviewYears() == 0) {
            state = CertState.CURRENT;
        }
        return planting.issueCovering(person, type, state, dice);
    }

    private static CertificateType type(Dice dice) {
        return dice.pick(CertificateTypes.of(DEPARTMENTS[dice.weighted(DEPARTMENT_WEIGHTS)]));
    }
}
