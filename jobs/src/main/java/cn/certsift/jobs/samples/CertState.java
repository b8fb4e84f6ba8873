package cn.certsift.jobs.samples;

/** The state a certificate is issued in: what its dates and status say on the run date. */
enum CertState {
    /** Valid on the run date; a review that fell due has been done. */
    CURRENT,
    /** Valid to the run date itself: still valid. */
    VALID_TO_RUN_DATE,
    /** Expired a day to a few years before the run date. */
    EXPIRED,
    /** Valid to the day before the run date: expired. */
    EXPIRED_YESTERDAY,
    /** Revoked (注销, 吊销 or 撤销) while its dates would still be valid. */
    REVOKED,
    /** Valid, the review fell due before the run date and no review is recorded. */
    REVIEW_MISSING,
    /** Valid, the review fell due, and the last review is more than 365 days before it was due. */
    REVIEW_STALE,
    /** Valid, reviewed exactly 365 days before the review fell due: that review counts. */
    REVIEWED_AT_LIMIT;

    /** States that only a reviewed certificate (MEM special operations) can be in. */
    boolean needsReview() {
        return this == REVIEW_MISSING || this == REVIEW_STALE || this == REVIEWED_AT_LIMIT;
    }
}
