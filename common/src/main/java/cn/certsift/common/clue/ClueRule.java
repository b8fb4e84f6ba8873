package cn.certsift.common.clue;

import cn.certsift.common.finding.EvidenceTemplate;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * One screening rule for online clues: its name, its weight in the score (0–1, from
 * {@code conf/clues.yml}) and its evidence template. Subclasses decide whether the rule fires on a
 * subject, how strongly, and fill the template with what they saw.
 *
 * @param <T> what the rule screens: a web address or a listing's text
 */
public abstract class ClueRule<T> implements Serializable {

    private final String name;
    private final double weight;
    private final EvidenceTemplate evidence;

    protected ClueRule(String name, double weight, String evidenceTemplate) {
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("conf/clues.yml: the weight of rule " + name + " must be above 0 and at most 1, was "
                    + weight);
        }
        this.name = name;
        this.weight = weight;
        this.evidence = new EvidenceTemplate(evidenceTemplate);
    }

    public String name() {
        return name;
    }

    /** The hit on this subject, or empty when the rule does not fire. */
    public abstract Optional<ClueHit> evaluate(T subject);

    protected Optional<ClueHit> hit(double strength, Map<String, ?> slots) {
        return Optional.of(new ClueHit(name, weight, strength, evidence.fill(slots)));
    }
}
