package cn.certsift.jobs.cases;

import cn.certsift.common.finding.FindingFacts;
import cn.certsift.jobs.matching.FindingColumns;

import java.time.LocalDate;

import org.apache.spark.sql.Row;

/** One row of a run's findings as the case store records it, with the employer's industry from the roster. */
public record RecordedFinding(String findingId, String code, String severity, String district, String employerUscc,
                              String employerName, String industry, String name, String idNo, String post, String certNo,
                              String matchedDepartment, String matchedCertNo, String evidence, String status,
                              LocalDate firstSeen) {

    /** A row with the contract's columns (industry, when present, from a join with the roster). */
    public static RecordedFinding of(Row row) {
        boolean hasIndustry = row.schema().getFieldIndex("industry").isDefined();
        return new RecordedFinding(row.getAs("finding_id"), row.getAs("finding_code"), row.getAs("severity"),
                row.getAs("district"), row.getAs("employer_uscc"), row.getAs("employer_name"),
                hasIndustry ? row.getAs("industry") : null, row.getAs("name"), row.getAs("id_no"), row.getAs("post"),
                row.getAs("cert_no"), row.getAs("matched_department"), row.getAs("matched_cert_no"), row.getAs("evidence"),
                row.getAs("status"), row.getAs("first_seen"));
    }

    public String factsHash() {
        return FindingFacts.hash(code, certNo, matchedDepartment, matchedCertNo, evidence);
    }

    public boolean resolved() {
        return FindingColumns.RESOLVED.equals(status);
    }
}
