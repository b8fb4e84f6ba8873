package cn.certsift.jobs.samples;

import java.util.Arrays;
import java.util.List;

/**
 * What a planted unit of roster rows is: a base case (most rows), an exclusion (looks suspicious,
 * must raise nothing, or exactly the finding its label says) or an anomaly. The label goes into the
 * {@code case} column of the truth files; the weight is the case's share within its kind in
 * benchmark-sized samples.
 */
enum RosterCase {
    CLEAN("clean", Kind.BASE, 60),
    NO_CERT_POST("no_cert_post", Kind.BASE, 32),
    LEFT("left", Kind.BASE, 8),

    LEFT_WITH_ANOMALY("left_with_anomaly", Kind.EXCLUSION, 3),
    VALID_TO_RUN_DATE("valid_to_run_date", Kind.EXCLUSION, 0.5),
    NAME_HOMOPHONE("name_homophone_same_id", Kind.EXCLUSION, 2),
    LEGACY_ID("legacy_15_digit_id", Kind.EXCLUSION, 2),
    MEM_CERT_FOR_SCAFFOLDER("mem_cert_for_scaffolder", Kind.EXCLUSION, 1),
    MOHURD_CERT_FOR_ELECTRICIAN("mohurd_cert_for_electrician", Kind.EXCLUSION, 1),
    QUALIFIED_BY_OTHER_DEPARTMENT("qualified_by_other_department", Kind.EXCLUSION, 1),
    BLANK_CERT_QUALIFIED_HELD("blank_cert_qualified_held", Kind.EXCLUSION, 3),
    REVIEWED_AT_LIMIT("reviewed_365_days_before_due", Kind.EXCLUSION, 0.5),
    MULTI_EMPLOYER_ONE_LEFT("multi_employer_one_left", Kind.EXCLUSION, 0.5),
    SHARED_WITH_LEFT_ROW("shared_with_left_row", Kind.EXCLUSION, 0.5),
    UNKNOWN_POST("unknown_post", Kind.EXCLUSION, 1.5),
    NO_CERT_POST_RECORDS_CERT("no_cert_post_records_cert", Kind.EXCLUSION, 2),

    NOT_FOUND_FORGED("not_found_forged", Kind.ANOMALY, 3),
    NOT_FOUND_T_PLUS_OWN_ID("not_found_t_plus_own_id", Kind.ANOMALY, 1),
    NOT_FOUND_TWO_EDITS("not_found_two_edits", Kind.ANOMALY, 0.5),
    NOT_FOUND_NEAR_OTHER_HOLDER("not_found_near_other_holder", Kind.ANOMALY, 0.5),
    TYPO_SUBSTITUTION("typo_substitution", Kind.ANOMALY, 1.5),
    TYPO_SWAP("typo_neighbour_swap", Kind.ANOMALY, 1),
    HOLDER_MISMATCH("holder_mismatch", Kind.ANOMALY, 2),
    NAMESAKE_OTHER_ID("namesake_other_id", Kind.ANOMALY, 0.5),
    REVOKED("revoked", Kind.ANOMALY, 1),
    EXPIRED("expired", Kind.ANOMALY, 4),
    EXPIRED_YESTERDAY("valid_to_day_before_run_date", Kind.ANOMALY, 0.3),
    LEFT_ON_RUN_DATE("left_on_run_date", Kind.ANOMALY, 0.3),
    REVIEW_MISSING("review_missing", Kind.ANOMALY, 2),
    REVIEW_STALE("review_stale", Kind.ANOMALY, 1),
    NO_CERT_HOLDS_NOTHING("no_cert_holds_nothing", Kind.ANOMALY, 3),
    NO_CERT_HOLDS_EXPIRED("no_cert_holds_expired", Kind.ANOMALY, 1),
    NO_CERT_HOLDS_OTHER_CATEGORY("no_cert_holds_other_category", Kind.ANOMALY, 1),
    NO_CERT_HOLDS_REVOKED("no_cert_holds_revoked", Kind.ANOMALY, 0.5),
    CATEGORY_MISMATCH("category_mismatch", Kind.ANOMALY, 2),
    SHARED_WITH_HOLDER("shared_with_holder", Kind.ANOMALY, 1),
    SHARED_HOLDER_ABSENT("shared_holder_absent", Kind.ANOMALY, 1),
    SHARED_FORGED("shared_forged_number", Kind.ANOMALY, 0.5),
    MULTI_EMPLOYER("multi_employer", Kind.ANOMALY, 1.5),
    INVALID_ID("invalid_id", Kind.ANOMALY, 1),
    INVALID_ID_NAME_MATCHES_HOLDER("invalid_id_name_matches_holder", Kind.ANOMALY, 0.5),
    INVALID_EMPLOYER_CODE("invalid_employer_code", Kind.ANOMALY, 1);

    /** Whether a case is the bulk of a roster, a planted exclusion, or a planted anomaly. */
    enum Kind {
        BASE, EXCLUSION, ANOMALY
    }

    private final String label;
    private final Kind kind;
    private final double weight;

    RosterCase(String label, Kind kind, double weight) {
        this.label = label;
        this.kind = kind;
        this.weight = weight;
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    double weight() {
        return weight;
    }

    static List<RosterCase> of(Kind kind) {
        return Arrays.stream(values()).filter(c -> c.kind == kind).toList();
    }
}
