package cn.certsift.common.institution;

import java.util.Map;

/**
 * One training institution's measured signals. A signal the institution has too little data for
 * (fewer classes or records than {@link InstitutionSettings.Measures} asks) is absent, and neither
 * raises nor lowers its score.
 */
public record InstitutionMeasures(String code, String name, Map<InstitutionSignal, Double> values) {

    public InstitutionMeasures {
        values = Map.copyOf(values);
    }
}
