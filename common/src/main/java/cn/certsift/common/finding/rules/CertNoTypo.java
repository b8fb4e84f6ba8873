package cn.certsift.common.finding.rules;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * CERT_NO_TYPO: the recorded number is in no registry, but the person holds one of the same length
 * that differs by one substituted character or one swap of neighbouring characters.
 */
public final class CertNoTypo extends FindingRule {

    public CertNoTypo() {
        super("CERT_NO_TYPO", "证书编号疑似录入错误", Severity.LOW,
                "证书编号 {cert_no} 在各部门证书库中不存在；该人员在{department}证书库中持有证书 {registered}（{category}，有效期至 {valid_to}，{status}），"
                        + "两者仅{difference}，疑似录入错误");
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        RegistryCertificate held = a.typoOf();
        if (!a.certificateRecorded() || a.numberRegistered() || held == null) {
            return Optional.empty();
        }
        return raise(Map.of("cert_no", a.entry().certNo(), "department", held.department().chineseName(),
                "registered", held.certNo(), "category", held.categoryLabel(), "valid_to", held.validTo(),
                "status", String.valueOf(held.status()), "difference", a.typoDifference()), held);
    }
}
