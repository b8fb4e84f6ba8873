package cn.certsift.common.finding;

/** How urgently a finding needs an inspector: written as high / medium / low, shown as 高 / 中 / 低. */
public enum Severity {
    HIGH("high", "高"),
    MEDIUM("medium", "中"),
    LOW("low", "低");

    private final String label;
    private final String chinese;

    Severity(String label, String chinese) {
        this.label = label;
        this.chinese = chinese;
    }

    public String label() {
        return label;
    }

    public String chinese() {
        return chinese;
    }

    public static Severity ofLabel(String label) {
        for (Severity severity : values()) {
            if (severity.label.equals(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "'");
    }
}
