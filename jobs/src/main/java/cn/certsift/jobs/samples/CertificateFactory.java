package cn.certsift.jobs.samples;

import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.Department;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issues certificates in a given {@link CertState}, with dates, review, status, number and training
 * institution as the department's rules make them; and makes the numbers that are NOT in any registry:
 * forgeries, and mistypings of a real number.
 *
 * <p>A registry number is the holder's valid ID number behind a prefix, or a construction number.
 * Changing one or two characters of a valid ID number always breaks its check character (GB 11643
 * detects every substitution and every swap of neighbours), so such a number can belong to nobody;
 * construction numbers are checked against the serials that can have been issued.
 */
final class CertificateFactory {

    static final List<String> REVOKED_STATUSES = List.of("注销", "吊销", "撤销");
    private static final String EXPIRED_STATUS = "过期";
    private static final int ADULT_AGE = 18;
    private static final double OTHER_CITY_SHARE = 0.08;
    private static final int MAX_ATTEMPTS = 200;

    private final LocalDate runDate;
    private final MohurdNumbers mohurdNumbers;
    private final Institutions institutions;
    private final Persons persons;
    private long ghosts;

    CertificateFactory(LocalDate runDate, MohurdNumbers mohurdNumbers, Institutions institutions, Persons persons) {
        this.runDate = runDate;
        this.mohurdNumbers = mohurdNumbers;
        this.institutions = institutions;
        this.persons = persons;
    }

    /** The latest birth date of someone who can hold a certificate in any state: 30 years before the run date. */
    LocalDate latestHolderBirth() {
        return runDate.minusYears(30);
    }

    Certificate issue(Person holder, CertificateType type, CertState state, Dice dice) {
        return issue(holder, List.of(type), state, dice);
    }

    /** A certificate whose rows are these types (which must share a number) in this state. */
    Certificate issue(Person holder, List<CertificateType> types, CertState state, Dice dice) {
        CertificateType type = types.get(0);
        for (CertificateType other : types.subList(1, types.size())) {
            if (!type.sharesNumberWith(other)) {
                throw new IllegalArgumentException(type.label() + " and " + other.label() + " cannot share one number");
            }
        }
        if (state.needsReview() && type.reviewYears() == 0) {
            throw new IllegalArgumentException(type.label() + " is never reviewed, it cannot be issued " + state);
        }
        LocalDate adult = holder.birthDate().plusYears(ADULT_AGE);
        TrainingPlacement training = institutions.place(type.department(), holder, dice);
        if (training != null && training.inSpike() && state != CertState.CURRENT) {
            training = new TrainingPlacement(training.institution(), -1);
        }
        int validity = type.validityYears();
        LocalDate validFrom = switch (state) {
            case CURRENT, REVOKED -> training != null && training.inSpike()
                    ? institutions.spikeExam(training.spikeClass()).plusDays(dice.between(14, 30))
                    : date(dice, later(runDate.minusYears(validity).plusDays(20), adult), runDate.minusDays(7));
            case VALID_TO_RUN_DATE -> runDate.minusYears(validity);
            case EXPIRED -> runDate.minusDays(dice.between(2, 1200)).minusYears(validity);
            case EXPIRED_YESTERDAY -> runDate.minusDays(1).minusYears(validity);
            case REVIEW_MISSING, REVIEW_STALE, REVIEWED_AT_LIMIT -> date(dice, runDate.minusYears(validity).plusDays(20),
                    runDate.minusYears(type.reviewYears()).minusDays(10));
        };
        if (validFrom.isBefore(adult)) {
            throw new IllegalStateException("holder " + holder.idNumber() + " born " + holder.birthDate()
                    + " is too young for a certificate valid from " + validFrom);
        }
        LocalDate reviewDue = type.reviewYears() == 0 ? null : validFrom.plusYears(type.reviewYears());
        LocalDate reviewedOn = reviewDue == null ? null : reviewedOn(state, reviewDue, dice);
        LocalDate firstIssued = firstIssued(validFrom, validity, adult, type, dice);
        String status = switch (state) {
            case REVOKED -> dice.pick(REVOKED_STATUSES);
            case EXPIRED, EXPIRED_YESTERDAY -> dice.chance(0.4) ? EXPIRED_STATUS : Certificate.VALID;
            default -> Certificate.VALID;
        };
        return new Certificate(number(holder, type, firstIssued, dice), types, holder, state, firstIssued, validFrom,
                validFrom.plusYears(validity), reviewDue, reviewedOn, status, training);
    }

    /** A well-formed number of the department's scheme that no registry holds. */
    String forgedNumber(Department department, Dice dice) {
        return switch (department) {
            case MEM -> "T" + ghost().idNumber();
            case SAMR -> ghost().idNumber();
            case MOHURD -> {
                CertificateType type = dice.pick(CertificateTypes.of(Department.MOHURD));
                yield mohurdNumbers.unissued(Regions.CITY_LETTER, type.mohurdCode(), dice.between(2015, runDate.getYear()), dice);
            }
        };
    }

    /**
     * The number with one character substituted or two neighbours swapped, certain to be in no registry;
     * empty when no such mistyping exists for a construction number.
     */
    Optional<String> mistyped(String number, boolean swap, Dice dice) {
        List<String> candidates = swap ? swaps(number, dice) : substitutions(number, dice);
        return candidates.stream().filter(this::certainlyUnissued).findFirst();
    }

    /** The number with two characters substituted: a forgery made from a real number, not a slip of the finger. */
    Optional<String> twiceAltered(String number, Dice dice) {
        List<String> onceAltered = substitutions(number, dice);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String once = dice.pick(onceAltered);
            int first = firstDifference(number, once);
            for (String twice : substitutions(once, dice)) {
                if (firstDifference(once, twice) != first && !oneSlipApart(number, twice) && certainlyUnissued(twice)) {
                    return Optional.of(twice);
                }
            }
        }
        return Optional.empty();
    }

    private boolean certainlyUnissued(String number) {
        if (number.length() == MohurdNumbers.LENGTH) {
            return mohurdNumbers.certainlyUnissued(number);
        }
        String id = number.length() > 18 ? number.substring(number.length() - 18) : number;
        return !ResidentIdNumber.check(id).valid();
    }

    /** The positions a typist may get wrong: the digits of the ID number or of the construction serial. */
    private static int firstEditable(String number) {
        return number.length() == MohurdNumbers.LENGTH ? 8 : number.length() - 18;
    }

    /** Every single-character substitution in the editable part, in an order the dice decides. */
    private static List<String> substitutions(String number, Dice dice) {
        List<String> candidates = new ArrayList<>();
        int first = firstEditable(number);
        int span = number.length() - first;
        int start = dice.below(span);
        for (int i = 0; i < span; i++) {
            int position = first + (start + i) % span;
            char current = number.charAt(position);
            int shift = dice.below(10);
            for (int d = 0; d < 10; d++) {
                char digit = (char) ('0' + (shift + d) % 10);
                if (digit != current) {
                    candidates.add(number.substring(0, position) + digit + number.substring(position + 1));
                }
            }
        }
        return candidates;
    }

    private static List<String> swaps(String number, Dice dice) {
        List<String> candidates = new ArrayList<>();
        int first = firstEditable(number);
        int span = number.length() - 1 - first;
        int start = dice.below(span);
        for (int i = 0; i < span; i++) {
            int position = first + (start + i) % span;
            char a = number.charAt(position);
            char b = number.charAt(position + 1);
            if (a != b) {
                candidates.add(number.substring(0, position) + b + a + number.substring(position + 2));
            }
        }
        return candidates;
    }

    /** Whether two numbers of the same length differ by one substituted character or one swap of neighbours. */
    static boolean oneSlipApart(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int first = firstDifference(a, b);
        if (a.substring(first + 1).equals(b.substring(first + 1))) {
            return true;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    private static int firstDifference(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return -1;
    }

    private String number(Person holder, CertificateType type, LocalDate firstIssued, Dice dice) {
        if (type.idBasedNumber()) {
            return type.numberPrefix() + holder.idNumber();
        }
        char city = dice.chance(OTHER_CITY_SHARE) ? dice.pick(Regions.OTHER_CITY_LETTERS) : Regions.CITY_LETTER;
        return mohurdNumbers.next(city, type.mohurdCode(), firstIssued.getYear());
    }

    private LocalDate reviewedOn(CertState state, LocalDate reviewDue, Dice dice) {
        return switch (state) {
            case REVIEW_MISSING -> null;
            case REVIEW_STALE -> reviewDue.minusDays(dice.chance(0.3) ? 366 : dice.between(367, 700));
            case REVIEWED_AT_LIMIT -> reviewDue.minusDays(365);
            default -> {
                if (!reviewDue.isBefore(runDate)) {
                    yield null;
                }
                LocalDate late = reviewDue.plusDays(dice.between(1, 30));
                yield dice.chance(0.15) && late.isBefore(runDate) ? late : reviewDue.minusDays(dice.between(0, 120));
            }
        };
    }

    /** The date first issued: the current period's start, or a period or more earlier for a renewed certificate. */
    private static LocalDate firstIssued(LocalDate validFrom, int validity, LocalDate adult, CertificateType type, Dice dice) {
        int renewals = type.idBasedNumber() ? (dice.chance(0.3) ? 1 : 0) : dice.between(0, 3);
        LocalDate first = validFrom;
        for (int i = 0; i < renewals && !first.minusYears(validity).isBefore(adult); i++) {
            first = first.minusYears(validity);
        }
        return first;
    }

    private Person ghost() {
        return persons.person(Persons.capacity() - 1 - ghosts++);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate date(Dice dice, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 0) {
            throw new IllegalStateException("no date between " + from + " and " + to);
        }
        return from.plusDays(dice.belowLong(days + 1));
    }
}
