package cn.certsift.jobs.samples;

import cn.certsift.common.source.SourceKind;

/**
 * Source records as the files hold them: one value per contract field, in the field order of
 * {@link SourceKind}, before noise.
 */
final class Records {

    private Records() {
    }

    static Object[] registry(Certificate certificate, CertificateType type) {
        Person holder = certificate.holder();
        TrainingPlacement training = certificate.training();
        Institution institution = training == null ? null : training.institution();
        return new Object[] {certificate.number(), holder.name(), holder.idNumber(), holder.gender(), type.kind(),
                type.category(), type.operation(), certificate.firstIssued(), certificate.validFrom(), certificate.validTo(),
                certificate.reviewDue(), certificate.reviewedOn(), certificate.status(), type.issuer(),
                institution == null ? null : institution.code(), institution == null ? null : institution.name()};
    }

    static Object[] roster(RosterEntry entry) {
        Employer employer = entry.employer();
        return new Object[] {employer.creditCode(), employer.name(), employer.district().name(), employer.industry().label(),
                entry.name(), entry.idNumber(), entry.post(), entry.employment(), entry.certNo(), entry.certCategory(),
                entry.hiredOn(), entry.leftOn()};
    }

    /** A trainee's record in a class: the certificate number when the exam was passed and a certificate issued. */
    static Object[] training(Institution institution, TrainingClass trainingClass, Person trainee, String phone,
                             CertificateType type, Scores scores, String certNo) {
        return new Object[] {institution.code(), institution.name(), institution.district().code(), trainingClass.id(),
                trainee.name(), trainee.idNumber(), phone, type.category(), type.operation(), trainingClass.start(),
                trainingClass.end(), trainingClass.hours(), trainingClass.exam(), trainingClass.site(), scores.theory(),
                scores.practical(), scores.passed() ? "合格" : "不合格", certNo};
    }

    /** Exam results: theory and practical scores, and whether both reached the pass mark. */
    record Scores(int theory, int practical, boolean passed) {
    }
}
