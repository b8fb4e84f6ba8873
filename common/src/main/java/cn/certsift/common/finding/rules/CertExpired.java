package cn.certsift.common.finding.rules;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** CERT_EXPIRED: the holder matches and the certificate's validity ended before the run date. */
public final class CertExpired extends FindingRule {

    public CertExpired() {
        super("CERT_EXPIRED", "证书已超过有效期", Severity.MEDIUM,
                "证书 {cert_no}（{department} {category}）有效期至 {valid_to}，{overdue}");
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        RegistryCertificate row = a.relevant();
        if (!a.holderMatches() || !row.isExpiredOn(a.runDate())) {
            return Optional.empty();
        }
        String overdue = row.validTo().isBefore(a.runDate())
                ? "截至 " + a.runDate() + " 已过期 " + ChronoUnit.DAYS.between(row.validTo(), a.runDate()) + " 天"
                : "证书库状态为“" + row.status() + "”";
        return raise(Map.of("cert_no", row.certNo(), "department", row.department().chineseName(),
                "category", row.categoryLabel(), "valid_to", row.validTo(), "overdue", overdue), row);
    }
}
