package cn.certsift.jobs.matching;

import java.util.List;

/**
 * The columns of {@code findings/} and {@code findings.csv}, in the order of the data contract (section
 * 4), then {@code cluster_id}: the supply-chain cluster the finding belongs to, empty when it is in none.
 */
public final class FindingColumns {

    public static final List<String> CONTRACT = List.of("finding_id", "run_date", "finding_code", "severity", "district",
            "employer_uscc", "employer_name", "name", "id_no", "post", "cert_no", "matched_department", "matched_cert_no",
            "evidence", "status", "first_seen", "cluster_id");

    public static final String NEW = "NEW";
    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    private FindingColumns() {
    }
}
