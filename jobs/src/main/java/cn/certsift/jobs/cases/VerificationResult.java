package cn.certsift.jobs.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 核查结果: what inspectors found on site. */
public enum VerificationResult {
    CONFIRMED("属实"),
    REFUTED("不属实"),
    UNVERIFIABLE("无法核实");

    private final String label;

    VerificationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(VerificationResult::label).toList();
    }

    public static Optional<VerificationResult> fromLabel(String label) {
        return Arrays.stream(values()).filter(result -> result.label.equals(label)).findFirst();
    }

    /** For settings: fails on a label that is not one of the three. */
    public static VerificationResult ofLabel(String label) {
        return fromLabel(label).orElseThrow(() -> new IllegalStateException(
                "conf/cases.yml: unknown 核查结果 '" + label + "' (known: " + String.join(", ", labels()) + ")"));
    }
}
