package cn.certsift.common.clue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Combines the hits of the rules into one score and says how: signals that are independent of one
 * another compound, so the score is 1 − ∏(1 − weight × strength), between 0 and 1, rounded to two
 * decimals. One strong rule suffices; two weak ones together may, and no number of hits exceeds 1.
 */
public final class ClueScore {

    private static final String[] NUMBERS = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};

    private ClueScore() {
    }

    public static double combine(List<ClueHit> hits) {
        double missed = 1;
        for (ClueHit hit : hits) {
            missed *= 1 - hit.contribution();
        }
        return Math.round((1 - missed) * 100) / 100.0;
    }

    /** {@code 评分 0.94（阈值 0.60）：①…（0.85）；②…（0.60×0.50）} — every hit with what it weighed. */
    public static String explain(List<ClueHit> hits, double threshold) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            ClueHit hit = hits.get(i);
            String weighed = hit.strength() >= 1 ? decimal(hit.weight()) : decimal(hit.weight()) + "×" + decimal(hit.strength());
            parts.add((i < NUMBERS.length ? NUMBERS[i] : "(" + (i + 1) + ")") + hit.rule() + "：" + hit.evidence() + "（" + weighed + "）");
        }
        return "评分 " + decimal(combine(hits)) + "（阈值 " + decimal(threshold) + "）：" + String.join("；", parts);
    }

    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
