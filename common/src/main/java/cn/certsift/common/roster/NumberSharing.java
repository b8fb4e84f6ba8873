package cn.certsift.common.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the current rosters say about a certificate number across employers: how many people they
 * record it for and which employers (CERT_SHARED), and how many employers list the same person with it
 * (CERT_MULTI_EMPLOYER). Worked out over the roster rows that give the number; a row without a number
 * shares nothing.
 */
public final class NumberSharing {

    /** Employer names are listed in text order (by code point, as the Spark stages sort). */
    private static final Comparator<String> TEXT_ORDER = (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    /**
     * @param persons               different ID numbers the rosters record this number for
     * @param employers             the names of the employers recording it, in text order, at most a few
     * @param employersOfPerson     different credit codes listing this person with this number
     * @param employerNamesOfPerson their names, in text order, at most a few
     */
    public record Counts(int persons, List<String> employers, int employersOfPerson, List<String> employerNamesOfPerson) {
    }

    public static final Counts NONE = new Counts(0, List.of(), 0, List.of());

    private NumberSharing() {
    }

    /**
     * @param entries         roster rows, with any numbers (the rows of one number are counted together)
     * @param employersListed the most employer names a count lists
     * @return each entry's counts, in the order of {@code entries}
     */
    public static List<Counts> of(List<RosterEntry> entries, int employersListed) {
        if (entries.size() == 1) {
            return List.of(alone(entries.get(0), employersListed));
        }
        Map<String, Tally> byNumber = new HashMap<>();
        Map<List<String>, Tally> byNumberAndPerson = new HashMap<>();
        for (RosterEntry entry : entries) {
            if (entry.hasCertificateNumber()) {
                byNumber.computeIfAbsent(entry.certNo(), number -> new Tally()).add(entry.idNo(), entry.employerName());
                byNumberAndPerson.computeIfAbsent(Arrays.asList(entry.certNo(), entry.idNo()), key -> new Tally())
                        .add(entry.employerUscc(), entry.employerName());
            }
        }
        List<Counts> counts = new ArrayList<>(entries.size());
        for (RosterEntry entry : entries) {
            if (!entry.hasCertificateNumber()) {
                counts.add(NONE);
                continue;
            }
            Tally number = byNumber.get(entry.certNo());
            Tally person = byNumberAndPerson.get(Arrays.asList(entry.certNo(), entry.idNo()));
            counts.add(new Counts(number.keys.size(), number.names(employersListed), person.keys.size(),
                    person.names(employersListed)));
        }
        return counts;
    }

    /** The counts of a number on one row only (most are): that row's person and employer. */
    private static Counts alone(RosterEntry entry, int employersListed) {
        if (!entry.hasCertificateNumber()) {
            return NONE;
        }
        List<String> employer = entry.employerName() == null || employersListed == 0 ? List.of() : List.of(entry.employerName());
        return new Counts(entry.idNo() == null ? 0 : 1, employer, entry.employerUscc() == null ? 0 : 1, employer);
    }

    /** Distinct keys (ID numbers, or credit codes) and distinct employer names; blanks are not counted. */
    private static final class Tally {
        private final Set<String> keys = new HashSet<>();
        private final Set<String> names = new TreeSet<>(TEXT_ORDER);

        void add(String key, String name) {
            if (key != null) {
                keys.add(key);
            }
            if (name != null) {
                names.add(name);
            }
        }

        List<String> names(int atMost) {
            return names.stream().limit(atMost).toList();
        }
    }
}
