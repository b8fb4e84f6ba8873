package cn.certsift.jobs.samples;

import java.time.LocalDate;

/**
 * Someone the sample knows: a worker, a certificate holder or a trainee. The ID number is always a
 * valid 18-digit GB 11643 number; roster rows may write it otherwise (15 digits, mistyped).
 *
 * @param index the person's number in the generator's sequence, from which everything else follows
 */
record Person(long index, String idNumber, String name, boolean male, LocalDate birthDate, Regions.Tier tier,
              String phone) {

    /** Whether a 15-digit legacy number exists for this person: only for people born in the 1900s. */
    boolean hasLegacyId() {
        return birthDate.getYear() < 2000;
    }

    /** The 15-digit legacy form: region, 2-digit birth year, month, day and sequence, no check character. */
    String legacyId() {
        if (!hasLegacyId()) {
            throw new IllegalStateException("ID number " + idNumber + " belongs to someone born in "
                    + birthDate.getYear() + " and has no 15-digit form");
        }
        return idNumber.substring(0, 6) + idNumber.substring(8, 17);
    }

    String gender() {
        return male ? "男" : "女";
    }

    /** The person with another name: a namesake of someone else, for the roster only. */
    Person named(String otherName) {
        return new Person(index, idNumber, otherName, male, birthDate, tier, phone);
    }
}
