package cn.certsift.jobs.cases;

import java.util.Map;

/**
 * Which findings stay out of the district workbooks: those whose latest verification is 不属实 for the
 * facts they still have ({@link cn.certsift.common.finding.FindingFacts}). They stay in findings.csv for
 * the analysts; once the facts change, the finding goes to inspectors again.
 */
public final class ExportSuppression {

    private final Map<String, StoredVerification> verifications;

    public ExportSuppression(Map<String, StoredVerification> verifications) {
        this.verifications = verifications;
    }

    public boolean suppresses(RecordedFinding finding) {
        StoredVerification latest = verifications.get(finding.findingId());
        return latest != null && latest.refutes(finding.factsHash());
    }

    /** Whether the finding goes into tonight's district workbooks. */
    public boolean exports(RecordedFinding finding) {
        return !finding.resolved() && !suppresses(finding);
    }
}
