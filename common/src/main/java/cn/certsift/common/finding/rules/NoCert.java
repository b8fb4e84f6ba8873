package cn.certsift.common.finding.rules;

import cn.certsift.common.cert.QualifyingCertificate;
import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * NO_CERT: the post needs a certificate, none is recorded, and the person holds no valid qualifying
 * certificate in any registry.
 */
public final class NoCert extends FindingRule {

    public NoCert() {
        super("NO_CERT", "特种作业岗位未持证上岗", Severity.HIGH,
                "岗位“{post}”须持 {required} 证书；花名册未登记证书，各部门证书库中该人员（身份证号 {id}）{held}");
    }

    @Override
    public boolean dependsOnPost() {
        return true;
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        if (!a.postNeedsCertificate() || a.certificateRecorded() || a.holdsValidQualifying()) {
            return Optional.empty();
        }
        String held = a.heldCertificates().isEmpty() ? "没有任何证书"
                : "名下仅有：" + describeAll(a.heldCertificates()) + "，均不是有效的相应证书";
        return raise(Map.of("post", a.entry().post(), "required", required(a), "id", masked(a.entry().idNo()),
                "held", held), null);
    }

    static String required(RosterAssessment a) {
        return a.post().orElseThrow().qualifying().stream().map(QualifyingCertificate::describe)
                .collect(Collectors.joining(" 或 "));
    }
}
