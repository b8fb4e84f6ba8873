package cn.certsift.common.finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The finding codes of the contract in order, with their Chinese names and severities, for reports and exports. */
public final class FindingCatalog {

    private static final Map<String, FindingRule> BY_CODE = new LinkedHashMap<>();

    static {
        for (FindingRule rule : RosterJudge.rules(0)) {
            BY_CODE.put(rule.code(), rule);
        }
    }

    private FindingCatalog() {
    }

    public static List<String> codes() {
        return List.copyOf(BY_CODE.keySet());
    }

    public static String chineseName(String code) {
        return rule(code).chineseName();
    }

    public static Severity severity(String code) {
        return rule(code).severity();
    }

    private static FindingRule rule(String code) {
        FindingRule rule = BY_CODE.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("unknown finding code '" + code + "'");
        }
        return rule;
    }
}
