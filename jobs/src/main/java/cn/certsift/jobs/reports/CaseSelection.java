package cn.certsift.jobs.reports;

import cn.certsift.jobs.cases.CaseRecord;
import cn.certsift.jobs.cases.CasesProperties.FormColumn;
import cn.certsift.jobs.cases.CasesProperties.Metric;
import cn.certsift.jobs.cases.Measures;
import cn.certsift.jobs.cases.VerificationResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Counts one column of a statistics form over a set of cases and a period, as conf/cases.yml defines it:
 * inspection figures by verification date, 完成整改 by the date the case was closed, manual columns not at
 * all (null).
 */
final class CaseSelection {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private CaseSelection() {
    }

    static BigDecimal figure(FormColumn column, List<CaseRecord> cases, ReportPeriod period) {
        if (column.metric() == Metric.MANUAL) {
            return null;
        }
        if (column.metric() == Metric.RECTIFIED) {
            return BigDecimal.valueOf(cases.stream()
                    .filter(c -> c.confirmed() && period.contains(c.closedOn()) && codeMatches(column, c)).count());
        }
        List<CaseRecord> selected = cases.stream().filter(c -> c.verified() && period.contains(c.verification().verifiedOn())
                && resultMatches(column, c) && measureMatches(column, c) && codeMatches(column, c)).toList();
        return switch (column.metric()) {
            case EMPLOYERS -> distinct(selected, CaseRecord::employerUscc);
            case PERSONS -> distinct(selected, CaseRecord::idNo);
            case CASES -> BigDecimal.valueOf(selected.size());
            case FINE_WAN_YUAN -> selected.stream().map(c -> c.verification().fineYuan()).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
            case RECTIFIED, MANUAL -> throw new IllegalStateException("handled above: " + column.metric());
        };
    }

    private static BigDecimal distinct(List<CaseRecord> cases, Function<CaseRecord, String> key) {
        return BigDecimal.valueOf(cases.stream().map(key).filter(Objects::nonNull).distinct().count());
    }

    private static boolean resultMatches(FormColumn column, CaseRecord c) {
        return column.results().isEmpty() || column.results().stream()
                .anyMatch(label -> VerificationResult.ofLabel(label) == c.verification().result());
    }

    private static boolean measureMatches(FormColumn column, CaseRecord c) {
        return column.measures().isEmpty() || column.measures().stream()
                .anyMatch(measure -> Measures.contains(c.verification().measure(), measure));
    }

    private static boolean codeMatches(FormColumn column, CaseRecord c) {
        return column.codes().isEmpty() || column.codes().contains(c.code());
    }
}
