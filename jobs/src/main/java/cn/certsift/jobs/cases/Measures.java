package cn.certsift.jobs.cases;

import java.util.Arrays;

/** 处理措施 values: one measure, or a fixed combination joined by "+" (责令整改+罚款). */
public final class Measures {

    private Measures() {
    }

    /** Whether the value names the measure, alone or in a combination. */
    public static boolean contains(String value, String measure) {
        return value != null && Arrays.stream(value.split("\\+")).map(String::strip).anyMatch(measure::equals);
    }
}
