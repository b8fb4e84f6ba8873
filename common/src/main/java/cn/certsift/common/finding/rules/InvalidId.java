package cn.certsift.common.finding.rules;

import cn.certsift.common.finding.FindingRule;
import cn.certsift.common.finding.RosterAssessment;
import cn.certsift.common.finding.Severity;
import cn.certsift.common.id.CreditCode;
import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.roster.RosterEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * INVALID_ID: the roster's ID number fails GB 11643 (length, birth date, check digit), or the
 * employer's credit code fails GB 32100 (contract 2.4: a failed credit code raises INVALID_ID too).
 */
public final class InvalidId extends FindingRule {

    public InvalidId() {
        super("INVALID_ID", "身份证号校验不通过", Severity.MEDIUM, "{problems}");
    }

    @Override
    public Optional<Raised> evaluate(RosterAssessment a) {
        RosterEntry entry = a.entry();
        List<String> problems = new ArrayList<>();
        if (!entry.idValid()) {
            String problem = "花名册身份证号 " + masked(entry.idNo()) + " 校验不通过（" + ResidentIdNumber.check(entry.idNo()).problemZh() + "）";
            if (a.identifiedByName()) {
                problem += "，姓名与证书 " + a.relevant().certNo() + " 登记的持证人一致，应为身份证号录入错误";
            }
            problems.add(problem);
        }
        if (!entry.employerUsccValid()) {
            problems.add("单位统一社会信用代码 " + entry.employerUscc() + " 校验不通过（"
                    + CreditCode.check(entry.employerUscc()).problemZh() + "）");
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return raise(Map.of("problems", String.join("；", problems)), a.relevant());
    }
}
