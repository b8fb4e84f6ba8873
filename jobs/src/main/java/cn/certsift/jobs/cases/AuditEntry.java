package cn.certsift.jobs.cases;

import java.time.Instant;

/**
 * One line of the audit log: who (the operating-system user) did what (EXPORT of a district workbook,
 * FEEDBACK import of a filled-in one), when, with which file, how many rows, for which district.
 */
public record AuditEntry(Instant happenedAt, String osUser, Action action, String file, String district, int rows,
                         String detail, String reference) {

    public enum Action {
        EXPORT, FEEDBACK
    }

    public static String currentUser() {
        return System.getProperty("user.name", "?");
    }
}
