package cn.certsift.common.institution;

import java.util.Arrays;

/**
 * Where a signal's values sit across all institutions: the median, and the spread as the median
 * absolute deviation scaled to match a standard deviation (×1.4826), never below a floor. Unlike the
 * mean and standard deviation, neither moves when one institution is extreme, so one blatant
 * institution does not make the others' moderate values look normal.
 */
record RobustBaseline(double median, double spread) {

    private static final double MAD_TO_STANDARD_DEVIATION = 1.4826;

    static RobustBaseline of(double[] values, double minSpread) {
        if (values.length == 0) {
            return new RobustBaseline(0, minSpread);
        }
        double median = median(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
        return new RobustBaseline(median, Math.max(minSpread, MAD_TO_STANDARD_DEVIATION * median(deviations)));
    }

    /** How many spreads above the median a value lies (negative below it). */
    double z(double value) {
        return (value - median) / spread;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
