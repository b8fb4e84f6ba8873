package cn.certsift.common.finding;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.id.ResidentIdNumber;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One detection rule of the data contract (section 3): its code, Chinese name, severity and evidence
 * template. Subclasses decide from a {@link RosterAssessment} whether the rule fires and fill the
 * template with the registry facts behind it.
 */
public abstract class FindingRule implements Serializable {

    private final String code;
    private final String chineseName;
    private final Severity severity;
    private final EvidenceTemplate evidence;

    protected FindingRule(String code, String chineseName, Severity severity, String evidenceTemplate) {
        this.code = code;
        this.chineseName = chineseName;
        this.severity = severity;
        this.evidence = new EvidenceTemplate(evidenceTemplate);
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public Severity severity() {
        return severity;
    }

    public EvidenceTemplate evidence() {
        return evidence;
    }

    /** Whether the finding is about the post (NO_CERT, CATEGORY_MISMATCH), so a change of post is a new finding. */
    public boolean dependsOnPost() {
        return false;
    }

    /** The finding for this row, or empty when the rule does not fire. */
    public abstract Optional<Raised> evaluate(RosterAssessment assessment);

    /** What a firing rule reports: its evidence sentence and the registry row it matched, if any. */
    public record Raised(String evidence, RegistryCertificate matched) {
    }

    protected Optional<Raised> raise(Map<String, ?> slots, RegistryCertificate matched) {
        return Optional.of(new Raised(evidence.fill(slots), matched));
    }

    /** ID numbers in evidence are masked: evidence travels to inspectors and reports. */
    protected static String masked(String idNo) {
        return ResidentIdNumber.mask(idNo);
    }

    /** {@code T4407…（应急管理部门 电工作业（低压电工作业），有效期至 2027-03-04，有效）} for lists of held certificates. */
    protected static String describe(RegistryCertificate row) {
        return row.certNo() + "（" + row.department().chineseName() + " " + row.categoryLabel() + "，有效期至 " + row.validTo()
                + "，" + (row.status() == null ? "状态未知" : row.status()) + "）";
    }

    protected static String describeAll(List<RegistryCertificate> rows) {
        return rows.stream().map(FindingRule::describe).collect(Collectors.joining("、"));
    }
}
