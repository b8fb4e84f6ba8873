package cn.certsift.jobs.samples;

import static cn.certsift.jobs.samples.FindingCode.CERT_MULTI_EMPLOYER;
import static cn.certsift.jobs.samples.FindingCode.CERT_NOT_FOUND;
import static cn.certsift.jobs.samples.FindingCode.CERT_SHARED;
import static cn.certsift.jobs.samples.FindingCode.HOLDER_MISMATCH;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Certificates on more than one current row: one number recorded for several people (lent, or a batch
 * of forgeries), and one person with the same certificate at several employers. Each unit is two or
 * three rows; a row of someone who left does not count.
 */
final class SharingCases {

    private final Planting planting;

    SharingCases(Planting planting) {
        this.planting = planting;
    }

    PlantedUnit plant(RosterCase rosterCase, Dice dice) {
        return switch (rosterCase) {
            case SHARED_WITH_HOLDER -> lent(rosterCase, dice, true);
            case SHARED_HOLDER_ABSENT -> lent(rosterCase, dice, false);
            case SHARED_FORGED -> sharedForgery(rosterCase, dice);
            case SHARED_WITH_LEFT_ROW -> lentToSomeoneWhoLeft(rosterCase, dice);
            case MULTI_EMPLOYER -> multiEmployer(rosterCase, dice, false);
            case MULTI_EMPLOYER_ONE_LEFT -> multiEmployer(rosterCase, dice, true);
            default -> throw new IllegalArgumentException(rosterCase + " is not a sharing case");
        };
    }

    /** The holder's certificate recorded for one or two others; the holder's own row, if any, is clean. */
    private PlantedUnit lent(RosterCase rosterCase, Dice dice, boolean holderOnRoster) {
        Planting.Holding held = planting.holding(dice, CertState.CURRENT);
        Person holder = held.holder();
        Certificate certificate = held.certificate();
        List<RosterEntry> rows = new ArrayList<>();
        if (holderOnRoster) {
            rows.add(planting.row(held.workplace(), holder).records(certificate).build(dice));
        }
        int borrowers = holderOnRoster ? (dice.chance(0.4) ? 2 : 1) : (dice.chance(0.3) ? 3 : 2);
        Predicate<String> fits = post -> planting.posts().qualifies(post, certificate.primaryType());
        for (int i = 0; i < borrowers; i++) {
            Person borrower = planting.otherThan(holder);
            rows.add(planting.row(planting.workplace(dice, fits), borrower).records(certificate)
                    .expect(CERT_SHARED, HOLDER_MISMATCH).build(dice));
        }
        return new PlantedUnit(rosterCase, rows, List.of(certificate));
    }

    private PlantedUnit sharedForgery(RosterCase rosterCase, Dice dice) {
        Workplace first = planting.workplace(dice, planting.needingCertificate());
        CertificateType type = planting.qualifyingType(first.post(), dice, t -> true);
        String forged = planting.forgedNumber(type.department(), dice);
        List<RosterEntry> rows = new ArrayList<>();
        int count = dice.chance(0.3) ? 3 : 2;
        for (int i = 0; i < count; i++) {
            Workplace workplace = i == 0 ? first : planting.workplace(dice, post -> planting.posts().qualifies(post, type));
            rows.add(planting.row(workplace, planting.person()).recordsNumber(forged, type.category())
                    .expect(CERT_SHARED, CERT_NOT_FOUND).build(dice));
        }
        return new PlantedUnit(rosterCase, rows, List.of());
    }

    /** The borrower has left: one current row remains, so nothing is shared. */
    private PlantedUnit lentToSomeoneWhoLeft(RosterCase rosterCase, Dice dice) {
        Planting.Holding held = planting.holding(dice, CertState.CURRENT);
        Certificate certificate = held.certificate();
        Workplace borrowerPlace = planting.workplace(dice, post -> planting.posts().qualifies(post, certificate.primaryType()));
        return new PlantedUnit(rosterCase, List.of(
                planting.row(held.workplace(), held.holder()).records(certificate).build(dice),
                planting.row(borrowerPlace, planting.otherThan(held.holder())).records(certificate).left().build(dice)),
                List.of(certificate));
    }

    /** The same person and certificate at two or three employers; with one of the rows left, nothing. */
    private PlantedUnit multiEmployer(RosterCase rosterCase, Dice dice, boolean oneLeft) {
        Planting.Holding held = planting.holding(dice, CertState.CURRENT);
        Person holder = held.holder();
        Certificate certificate = held.certificate();
        Predicate<String> fits = post -> planting.posts().qualifies(post, certificate.primaryType());
        List<Workplace> places = new ArrayList<>(List.of(held.workplace()));
        int count = !oneLeft && dice.chance(0.25) ? 3 : 2;
        while (places.size() < count) {
            places.add(planting.workplaceElsewhere(dice, fits, places));
        }
        List<RosterEntry> rows = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Planting.RowDraft row = planting.row(places.get(i), holder).records(certificate);
            if (oneLeft && i == places.size() - 1) {
                row.left();
            } else if (!oneLeft) {
                row.expect(CERT_MULTI_EMPLOYER);
            }
            rows.add(row.build(dice));
        }
        return new PlantedUnit(rosterCase, rows, List.of(certificate));
    }
}
