package cn.certsift.jobs.samples;

import static cn.certsift.jobs.samples.FindingCode.CERT_NOT_FOUND;
import static cn.certsift.jobs.samples.FindingCode.CERT_NO_TYPO;
import static cn.certsift.jobs.samples.FindingCode.HOLDER_MISMATCH;
import static cn.certsift.jobs.samples.FindingCode.INVALID_ID;

import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.Department;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rows whose recorded number or ID number is wrong: forged numbers (also one that is a slip away from
 * somebody else's real number, and the holder's own number altered twice), typing errors in the
 * holder's own number, someone else's certificate (also a namesake's), and ID numbers that fail their
 * check (also the holder's own, mistyped, under the holder's name).
 */
final class NumberCases {

    private static final int MAX_ATTEMPTS = 20;

    private final Planting planting;

    NumberCases(Planting planting) {
        this.planting = planting;
    }

    PlantedUnit plant(RosterCase rosterCase, Dice dice) {
        return switch (rosterCase) {
            case NOT_FOUND_FORGED -> forged(rosterCase, dice);
            case NOT_FOUND_T_PLUS_OWN_ID -> ownIdAsMemNumber(rosterCase, dice);
            case NOT_FOUND_TWO_EDITS -> ownNumberAltered(rosterCase, dice, false);
            case TYPO_SUBSTITUTION -> ownNumberAltered(rosterCase, dice, true);
            case TYPO_SWAP -> swapped(rosterCase, dice);
            case NOT_FOUND_NEAR_OTHER_HOLDER -> nearSomeoneElses(rosterCase, dice);
            case HOLDER_MISMATCH -> someoneElses(rosterCase, dice, false);
            case NAMESAKE_OTHER_ID -> someoneElses(rosterCase, dice, true);
            case INVALID_ID -> invalidId(rosterCase, dice);
            case INVALID_ID_NAME_MATCHES_HOLDER -> invalidIdOfHolder(rosterCase, dice);
            default -> throw new IllegalArgumentException(rosterCase + " is not a number case");
        };
    }

    private PlantedUnit forged(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.workplace(dice, planting.needingCertificate());
        CertificateType type = planting.qualifyingType(workplace.post(), dice, t -> true);
        Person person = planting.person();
        String forged = planting.forgedNumber(type.department(), dice);
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, person).recordsNumber(forged, type.category())
                .expect(CERT_NOT_FOUND).build(dice)), List.of());
    }

    /** "T" + the worker's own ID number, for someone who holds no MEM certificate at all. */
    private PlantedUnit ownIdAsMemNumber(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.workplace(dice, planting.qualifiedBy(type -> type.department() == Department.MEM));
        Person person = planting.person();
        CertificateType type = planting.qualifyingType(workplace.post(), dice, t -> t.department() == Department.MEM);
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, person)
                .recordsNumber("T" + person.idNumber(), type.category()).expect(CERT_NOT_FOUND).build(dice)), List.of());
    }

    /** The holder's own number with one character (a typo) or two characters (a forgery) changed. */
    private PlantedUnit ownNumberAltered(RosterCase rosterCase, Dice dice, boolean typo) {
        Workplace workplace = planting.workplace(dice, planting.needingCertificate());
        Altered altered = alter(workplace, dice, typo ? number -> planting.certificates().mistyped(number, false, dice)
                : number -> planting.certificates().twiceAltered(number, dice));
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, altered.holder())
                .recordsNumber(altered.number(), altered.certificate().categoryLabel())
                .expect(typo ? CERT_NO_TYPO : CERT_NOT_FOUND).build(dice)), List.of(altered.certificate()));
    }

    private PlantedUnit swapped(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.workplace(dice, planting.needingCertificate());
        Altered altered = alter(workplace, dice, number -> planting.certificates().mistyped(number, true, dice));
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, altered.holder())
                .recordsNumber(altered.number(), altered.certificate().categoryLabel())
                .expect(CERT_NO_TYPO).build(dice)), List.of(altered.certificate()));
    }

    /** One slip away from a real number, but not the worker's: the worker holds nothing, so it is a forgery. */
    private PlantedUnit nearSomeoneElses(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.workplace(dice, planting.needingCertificate());
        boolean swap = dice.chance(0.5);
        Altered altered = alter(workplace, dice, number -> planting.certificates().mistyped(number, swap, dice));
        Person worker = planting.otherThan(altered.holder());
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, worker)
                .recordsNumber(altered.number(), altered.certificate().categoryLabel())
                .expect(CERT_NOT_FOUND).build(dice)), List.of(altered.certificate()));
    }

    /**
     * A holder with a current qualifying certificate and an alteration of its number that is certain to
     * be in no registry. A construction serial has few such alterations; when none exists, another
     * holder and certificate are tried (the number left unused is simply in no registry).
     */
    private Altered alter(Workplace workplace, Dice dice, Function<String, Optional<String>> alteration) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Person holder = planting.holder();
            Certificate certificate = planting.issue(holder, planting.qualifyingType(workplace.post(), dice, t -> true),
                    CertState.CURRENT, dice);
            Optional<String> number = alteration.apply(certificate.number());
            if (number.isPresent()) {
                return new Altered(holder, certificate, number.get());
            }
        }
        throw new IllegalStateException("no alteration of a " + workplace.post() + " certificate number is certain to be "
                + "unissued after " + MAX_ATTEMPTS + " certificates");
    }

    /** A holder, the certificate held, and the altered number the roster records. */
    private record Altered(Person holder, Certificate certificate, String number) {
    }

    /** A real certificate of another person (a namesake: same name, another valid ID number). */
    private PlantedUnit someoneElses(RosterCase rosterCase, Dice dice, boolean namesake) {
        Planting.Holding held = planting.holding(dice, CertState.CURRENT);
        Person worker = namesake ? planting.person().named(held.holder().name()) : planting.otherThan(held.holder());
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), worker).records(held.certificate())
                .expect(HOLDER_MISMATCH).build(dice)), List.of(held.certificate()));
    }

    private PlantedUnit invalidId(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.workplace(dice, planting.needingNoCertificate());
        Person person = planting.person();
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, person).id(invalidForm(person.idNumber(), dice))
                .expect(INVALID_ID).build(dice)), List.of());
    }

    /** The holder's own certificate under the holder's name, with the ID number mistyped: INVALID_ID only. */
    private PlantedUnit invalidIdOfHolder(RosterCase rosterCase, Dice dice) {
        Planting.Holding held = planting.holding(dice, CertState.CURRENT);
        String id = held.holder().idNumber();
        String mistyped = dice.chance(0.5) ? wrongCheckCharacter(id, dice) : swappedDigits(id, dice);
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder()).id(mistyped)
                .records(held.certificate()).expect(INVALID_ID).build(dice)), List.of(held.certificate()));
    }

    /** An ID number that fails GB 11643 in one of the ways registries see: check character, birth date, length. */
    static String invalidForm(String id, Dice dice) {
        return switch (dice.below(4)) {
            case 0 -> wrongCheckCharacter(id, dice);
            case 1 -> id.substring(0, 10) + "13" + id.substring(12);
            case 2 -> id.substring(0, 12) + "32" + id.substring(14);
            default -> id.substring(0, 14) + id.substring(15);
        };
    }

    private static String wrongCheckCharacter(String id, Dice dice) {
        char right = id.charAt(17);
        String others = "0123456789X".replace(String.valueOf(right), "");
        return id.substring(0, 17) + dice.pick(others);
    }

    /** Two different neighbouring digits of the sequence and birth date swapped: GB 11643 catches every such swap. */
    private static String swappedDigits(String id, Dice dice) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int position = dice.between(6, 15);
            if (id.charAt(position) != id.charAt(position + 1)) {
                String swapped = id.substring(0, position) + id.charAt(position + 1) + id.charAt(position) + id.substring(position + 2);
                if (!ResidentIdNumber.check(swapped).valid()) {
                    return swapped;
                }
            }
        }
        return wrongCheckCharacter(id, dice);
    }
}
