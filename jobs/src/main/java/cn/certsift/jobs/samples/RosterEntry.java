package cn.certsift.jobs.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * One roster row as planted, before the noise of typing: the ID number as the employer has it (18
 * digits, the 15-digit legacy form, or mistyped), the certificate number recorded (null when blank),
 * and the findings the row must raise.
 */
record RosterEntry(Employer employer, String name, String idNumber, String post, String certNo, String certCategory,
                   String employment, LocalDate hiredOn, LocalDate leftOn, List<FindingCode> expected) {

    RosterEntry {
        expected = List.copyOf(expected);
    }
}
