package cn.certsift.common.finding.rules;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;

/** CERT_REVOKED: the holder matches and the registry status is 注销, 吊销 or 撤销. */
public final class CertRevoked extends FindingRule {

    public CertRevoked() {
        super("CERT_REVOKED", "证书已注销、吊销或撤销", Severity.HIGH,
                "证书 {cert_no}（{department} {category}）在证书库中的状态为“{status}”");
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        RegistryCertificate row = a.relevant();
        if (!a.holderMatches() || !row.statusValue().isRevocation()) {
            return Optional.empty();
        }
        return raise(Map.of("cert_no", row.certNo(), "department", row.department().chineseName(),
                "category", row.categoryLabel(), "status", row.status()), row);
    }
}
