package cn.certsift.common.finding.rules;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * CATEGORY_MISMATCH: the holder matches and the certificate is valid, but its category does not
 * qualify for the post, and the person holds no other valid certificate that does.
 */
public final class CategoryMismatch extends FindingRule {

    public CategoryMismatch() {
        super("CATEGORY_MISMATCH", "所持证书作业类别与岗位不符", Severity.MEDIUM,
                "证书 {cert_no}（{department}）的作业类别为“{category}”，岗位“{post}”须持 {required} 证书，该人员名下也没有其他有效的相应证书");
    }

    @Override
    public boolean dependsOnPost() {
        return true;
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        RegistryCertificate row = a.relevant();
        if (!a.postNeedsCertificate() || !a.holderMatches() || !row.isValidOn(a.runDate()) || a.qualifiesForPost(row)
                || a.holdsValidQualifying()) {
            return Optional.empty();
        }
        return raise(Map.of("cert_no", row.certNo(), "department", row.department().chineseName(),
                "category", row.categoryLabel(), "post", a.entry().post(), "required", NoCert.required(a)), row);
    }
}
