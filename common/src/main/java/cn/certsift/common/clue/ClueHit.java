package cn.certsift.common.clue;

import java.io.Serializable;

/**
 * A rule that fired on a subject: the rule's name and weight, how strongly it fired (0–1), and the
 * sentence that says why.
 */
public record ClueHit(String rule, double weight, double strength, String evidence) implements Serializable {

    /** What the hit adds to the score before combination: weight × strength. */
    public double contribution() {
        return weight * strength;
    }
}
