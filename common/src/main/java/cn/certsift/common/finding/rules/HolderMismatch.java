package cn.certsift.common.finding.rules;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * HOLDER_MISMATCH: the number exists, but a registry holds it for another person (another ID number;
 * not the holder with a mistyped ID, see {@link RosterAssessment}).
 */
public final class HolderMismatch extends FindingRule {

    public HolderMismatch() {
        super("HOLDER_MISMATCH", "证书持有人与花名册人员不符，疑似冒用或变造", Severity.HIGH,
                "证书编号 {cert_no} 在{department}证书库中登记的持证人为 {holder}（身份证号 {holder_id}），与花名册人员 {name}（身份证号 {id}）不符");
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        if (!a.certificateRecorded() || !a.numberRegistered() || a.holderMatches()) {
            return Optional.empty();
        }
        RegistryCertificate registered = a.registeredRow();
        return raise(Map.of("cert_no", a.entry().certNo(), "department", registered.department().chineseName(),
                "holder", registered.name(), "holder_id", masked(registered.idNo()),
                "name", a.entry().name(), "id", masked(a.entry().idNo())), registered);
    }
}
