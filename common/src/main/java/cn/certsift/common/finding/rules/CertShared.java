package cn.certsift.common.finding.rules;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * CERT_SHARED: the same number is recorded for two or more different persons; raised on every such
 * row except the registry holder's.
 */
public final class CertShared extends FindingRule {

    public CertShared() {
        super("CERT_SHARED", "同一证书被多人使用，疑似转借或批量伪造", Severity.HIGH,
                "证书编号 {cert_no} 同时登记在 {persons} 名不同人员名下（{employers}）；{holder}");
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        int persons = a.rosterCase().personsSharingNumber();
        if (!a.certificateRecorded() || persons < 2 || a.holderMatches()) {
            return Optional.empty();
        }
        RegistryCertificate registered = a.registeredRow();
        String holder = registered == null ? "各部门证书库中均无此编号"
                : registered.department().chineseName() + "证书库登记的持证人为 " + registered.name() + "（身份证号 "
                + masked(registered.idNo()) + "）";
        return raise(Map.of("cert_no", a.entry().certNo(), "persons", persons,
                "employers", String.join("、", a.rosterCase().sharingEmployers()), "holder", holder), registered);
    }
}
