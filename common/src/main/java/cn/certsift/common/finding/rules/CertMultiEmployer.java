package cn.certsift.common.finding.rules;

import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;

/** CERT_MULTI_EMPLOYER: the same person with the same certificate is current on two or more employers' rosters. */
public final class CertMultiEmployer extends FindingRule {

    public CertMultiEmployer() {
        super("CERT_MULTI_EMPLOYER", "同一人员证书在多家单位同时登记，疑似挂证", Severity.MEDIUM,
                "该人员以证书 {cert_no} 同时登记在 {count} 家单位的花名册中：{employers}");
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        int employers = a.rosterCase().employersOfPerson();
        if (!a.certificateRecorded() || employers < 2) {
            return Optional.empty();
        }
        return raise(Map.of("cert_no", a.entry().certNo(), "count", employers,
                "employers", String.join("、", a.rosterCase().employerNamesOfPerson())), a.relevant());
    }
}
