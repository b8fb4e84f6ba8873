package cn.certsift.jobs.samples;

/** The finding codes of the data contract (section 3), in its order: planted rows raise them, evaluations list them so. */
enum FindingCode {
    CERT_NOT_FOUND, CERT_NO_TYPO, HOLDER_MISMATCH, CERT_REVOKED, CERT_EXPIRED, REVIEW_OVERDUE, NO_CERT,
    CATEGORY_MISMATCH, CERT_SHARED, CERT_MULTI_EMPLOYER, INVALID_ID
}
