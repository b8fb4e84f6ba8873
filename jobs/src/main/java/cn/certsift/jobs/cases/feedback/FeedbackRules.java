package cn.certsift.jobs.cases.feedback;

import cn.certsift.common.text.DateValues;
import cn.certsift.common.text.Normalize;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.cases.FeedbackTarget;
import cn.certsift.jobs.cases.Measures;
import cn.certsift.jobs.cases.Verification;
import cn.certsift.jobs.cases.VerificationResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a filled-in row passes before it is applied, each failure a sentence in Chinese naming the
 * value: the finding must be a known case; 核查结果 and 处理措施 must come from the lists; the amount must
 * be a non-negative number of yuan, at most the configured maximum, given exactly when the measure
 * includes a fine; 核查人 is required; 核查日期 must be a date, not before the case was exported and not
 * in the future. A result other than 属实 takes no measure but 无需处理.
 */
final class FeedbackRules {

    static final String NO_MEASURE = "无需处理";

    private final CasesProperties cases;
    private final LocalDate today;

    FeedbackRules(CasesProperties cases, LocalDate today) {
        this.cases = cases;
        this.today = today;
    }

    /** The row's verification, or the problems that keep it out. */
    record Checked(Verification verification, List<String> problems) {
    }

    Checked check(FeedbackRow row, Optional<FeedbackTarget> target) {
        List<String> problems = new ArrayList<>();
        if (row.findingId().isEmpty()) {
            problems.add("问题编号为空");
        } else if (target.isEmpty()) {
            problems.add("问题编号 " + row.findingId() + " 在案件库中不存在");
        }
        Optional<VerificationResult> result = VerificationResult.fromLabel(row.result());
        if (row.result().isEmpty()) {
            problems.add("核查结果未填写");
        } else if (result.isEmpty()) {
            problems.add("核查结果“" + row.result() + "”不在下拉列表中（" + String.join("、", VerificationResult.labels()) + "）");
        }
        String measure = row.measure().isEmpty() ? null : row.measure();
        if (measure != null && !cases.measures().contains(measure)) {
            problems.add("处理措施“" + measure + "”不在下拉列表中");
        }
        if (result.isPresent() && result.get() != VerificationResult.CONFIRMED && measure != null && !NO_MEASURE.equals(measure)) {
            problems.add("核查结果为“" + result.get().label() + "”，处理措施只能为空或“" + NO_MEASURE + "”，不能是“" + measure + "”");
        }
        BigDecimal fine = fine(row.fine(), measure, problems);
        if (row.inspector().isEmpty()) {
            problems.add("核查人未填写");
        }
        LocalDate date = date(row.date(), target, problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new Verification(result.orElseThrow(), measure, fine, row.inspector(), date,
                row.remarks().isEmpty() ? null : row.remarks()), List.of());
    }

    private BigDecimal fine(String raw, String measure, List<String> problems) {
        boolean fined = measure != null && Measures.contains(measure, cases.fineMeasure());
        if (raw.isEmpty()) {
            if (fined) {
                problems.add("处理措施“" + measure + "”含" + cases.fineMeasure() + "，但未填写罚款金额(元)");
            }
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(Normalize.halfWidth(raw).replace(",", "").strip());
        } catch (NumberFormatException notANumber) {
            problems.add("罚款金额(元)“" + raw + "”不是数字");
            return null;
        }
        if (amount.signum() < 0) {
            problems.add("罚款金额(元)不能为负数：" + raw);
        } else if (amount.compareTo(cases.maxFineYuan()) > 0) {
            problems.add("罚款金额(元) " + amount.toPlainString() + " 超过上限 " + cases.maxFineYuan().toPlainString() + " 元，请核对");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add("罚款金额(元) " + raw + " 超过两位小数");
        } else if (amount.signum() > 0 && !fined) {
            problems.add("填写了罚款金额 " + amount.toPlainString() + " 元，但处理措施“" + (measure == null ? "" : measure) + "”不含"
                    + cases.fineMeasure());
        }
        return amount;
    }

    private LocalDate date(String raw, Optional<FeedbackTarget> target, List<String> problems) {
        if (raw.isEmpty()) {
            problems.add("核查日期未填写");
            return null;
        }
        Optional<LocalDate> parsed = DateValues.parse(raw);
        if (parsed.isEmpty()) {
            problems.add("核查日期“" + raw + "”不是有效日期（如 2026-11-25）");
            return null;
        }
        LocalDate date = parsed.get();
        if (target.isPresent() && date.isBefore(target.get().exportedOn())) {
            problems.add("核查日期 " + date + " 早于该问题导出给核查人员的日期 " + target.get().exportedOn());
        }
        if (date.isAfter(today)) {
            problems.add("核查日期 " + date + " 晚于今天 " + today);
        }
        return date;
    }
}
