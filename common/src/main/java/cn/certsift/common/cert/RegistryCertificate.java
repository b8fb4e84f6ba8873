package cn.certsift.common.cert;

import cn.certsift.common.source.Department;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of a department's certificate registry: a certificate number for one category. */
public record RegistryCertificate(Department department, String certNo, String name, String idNo, String kind,
                                  String category, String operation, LocalDate validFrom, LocalDate validTo,
                                  LocalDate reviewDue, LocalDate reviewedOn, String status, String trainingOrgCode,
                                  String trainingOrg) implements Serializable {

    public CertificateStatus statusValue() {
        return CertificateStatus.of(status);
    }

    /** Valid to the run date inclusive: a certificate valid to the day before the run date has expired. */
    public boolean isExpiredOn(LocalDate runDate) {
        return validTo.isBefore(runDate) || statusValue() == CertificateStatus.EXPIRED;
    }

    /** A qualification someone may work under on the run date: status 有效 and not expired. */
    public boolean isValidOn(LocalDate runDate) {
        return statusValue() == CertificateStatus.VALID && !validTo.isBefore(runDate);
    }

    /**
     * Status 有效, not expired, the review date passed, and no review recorded for this cycle: no
     * 复审日期, or one more than {@code reviewWindowDays} before 应复审日期 (a review of an earlier cycle).
     */
    public boolean isReviewOverdueOn(LocalDate runDate, int reviewWindowDays) {
        if (!isValidOn(runDate) || reviewDue == null || !reviewDue.isBefore(runDate)) {
            return false;
        }
        return reviewedOn == null || reviewedOn.isBefore(reviewDue.minusDays(reviewWindowDays));
    }

    /** The category as evidence names it: {@code 电工作业（低压电工作业）}. */
    public String categoryLabel() {
        return operation == null ? category : category + "（" + operation + "）";
    }
}
