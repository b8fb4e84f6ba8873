package cn.certsift.common.finding.rules;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * REVIEW_OVERDUE: the holder matches, the certificate is valid and unexpired, its review date has
 * passed, and no review of this cycle is recorded.
 */
public final class ReviewOverdue extends FindingRule {

    private final int reviewWindowDays;

    /** @param reviewWindowDays a review this many days or fewer before 应复审日期 belongs to the cycle (conf: 365) */
    public ReviewOverdue(int reviewWindowDays) {
        super("REVIEW_OVERDUE", "证书逾期未复审", Severity.LOW,
                "证书 {cert_no}（{department} {category}）应于 {review_due} 复审，{reviewed}");
        this.reviewWindowDays = reviewWindowDays;
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        RegistryCertificate row = a.relevant();
        if (!a.holderMatches() || !row.isReviewOverdueOn(a.runDate(), reviewWindowDays)) {
            return Optional.empty();
        }
        String reviewed = row.reviewedOn() == null ? "证书库中没有复审记录"
                : "最近一次复审为 " + row.reviewedOn() + "，不属于本复审周期";
        return raise(Map.of("cert_no", row.certNo(), "department", row.department().chineseName(),
                "category", row.categoryLabel(), "review_due", row.reviewDue(), "reviewed", reviewed), row);
    }
}
