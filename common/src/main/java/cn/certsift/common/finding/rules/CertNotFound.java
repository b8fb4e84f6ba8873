package cn.certsift.common.finding.rules;

import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;

/** CERT_NOT_FOUND: the recorded number is in no registry and is not a typing error of the person's own. */
public final class CertNotFound extends FindingRule {

    public CertNotFound() {
        super("CERT_NOT_FOUND", "证书编号在各部门证书库中均不存在，疑似伪造", Severity.HIGH,
                "证书编号 {cert_no} 在应急管理部门、住房城乡建设部门、市场监管部门证书库中均不存在，且与该人员名下证书编号均不相近；{held}");
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        if (!a.certificateRecorded() || a.numberRegistered() || a.typoOf() != null) {
            return Optional.empty();
        }
        String held = a.heldCertificates().isEmpty() ? "该人员在各部门证书库中没有任何证书"
                : "该人员名下证书：" + describeAll(a.heldCertificates());
        return raise(Map.of("cert_no", a.entry().certNo(), "held", held), null);
    }
}
