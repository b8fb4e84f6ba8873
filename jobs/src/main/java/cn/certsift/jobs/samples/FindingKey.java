package cn.certsift.jobs.samples;

import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.text.Normalize;

import java.util.Comparator;

/**
 * How a run's findings are compared with the truth: finding code, employer credit code, ID number and
 * recorded certificate number, each normalised (upper case, no spaces, half-width; 15-digit ID numbers
 * as 18; a blank certificate number as empty).
 */
public record FindingKey(String code, String employerUscc, String idNo, String certNo) implements Comparable<FindingKey> {

    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::code)
            .thenComparing(FindingKey::employerUscc).thenComparing(FindingKey::idNo).thenComparing(FindingKey::certNo);

    public static FindingKey of(String code, String employerUscc, String idNo, String certNo) {
        String id = ResidentIdNumber.check(idNo).value();
        return new FindingKey(orEmpty(Normalize.code(code)), orEmpty(Normalize.code(employerUscc)), orEmpty(id),
                orEmpty(Normalize.code(certNo)));
    }

    @Override
    public int compareTo(FindingKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code + "," + employerUscc + "," + idNo + "," + certNo;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
