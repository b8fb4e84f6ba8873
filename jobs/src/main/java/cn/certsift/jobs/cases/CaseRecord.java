package cn.certsift.jobs.cases;

import java.time.LocalDate;

/** A case as reports read it: the finding's facts, its dates, and its latest verification (null before any). */
public record CaseRecord(String findingId, String code, String severity, String district, String employerUscc,
                         String employerName, String industry, String name, String idNo, String post, String certNo,
                         LocalDate firstSeen, LocalDate closedOn, LocalDate firstExported, Verification verification) {

    public boolean verified() {
        return verification != null;
    }

    public boolean confirmed() {
        return verification != null && verification.result() == VerificationResult.CONFIRMED;
    }
}
