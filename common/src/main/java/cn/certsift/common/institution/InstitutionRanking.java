package cn.certsift.common.institution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ranks training institutions by risk. Each signal's value becomes a robust z-score against all
 * institutions measured on it ({@link RobustBaseline}); the part of the z-score above the population's
 * normal scatter ({@code noise-z}), capped at {@code max-z}, times the signal's weight, is the signal's
 * contribution; the risk score is the sum. An institution with two moderate signals therefore outranks
 * one whose every signal is within the scatter, and one extreme value adds at most its cap.
 */
public final class InstitutionRanking {

    private static final int SIGNALS_IN_EVIDENCE = 3;
    private static final String NOTHING_UNUSUAL = "各项信号均在全体机构的正常波动范围内";

    private final InstitutionSettings settings;

    public InstitutionRanking(InstitutionSettings settings) {
        this.settings = settings;
    }

    public List<RankedInstitution> rank(List<InstitutionMeasures> institutions) {
        Map<InstitutionSignal, RobustBaseline> baselines = baselines(institutions);
        List<Scored> scored = institutions.stream().map(institution -> score(institution, baselines))
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.institution().code()))
                .toList();
        List<RankedInstitution> ranked = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            ranked.add(new RankedInstitution(s.institution().code(), s.institution().name(), s.score(), ranked.size() + 1,
                    s.institution().values(), evidence(s, baselines)));
        }
        return ranked;
    }

    private Map<InstitutionSignal, RobustBaseline> baselines(List<InstitutionMeasures> institutions) {
        Map<InstitutionSignal, RobustBaseline> baselines = new EnumMap<>(InstitutionSignal.class);
        for (InstitutionSignal signal : InstitutionSignal.values()) {
            double[] values = institutions.stream().map(i -> i.values().get(signal)).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).toArray();
            baselines.put(signal, RobustBaseline.of(values, settings.signals().get(signal).minSpread()));
        }
        return baselines;
    }

    private Scored score(InstitutionMeasures institution, Map<InstitutionSignal, RobustBaseline> baselines) {
        Map<InstitutionSignal, Double> contributions = new EnumMap<>(InstitutionSignal.class);
        InstitutionSettings.Scoring scoring = settings.scoring();
        institution.values().forEach((signal, value) -> {
            double z = Math.min(baselines.get(signal).z(value), scoring.maxZ());
            double contribution = settings.signals().get(signal).weight() * Math.max(0, z - scoring.noiseZ());
            if (contribution > 0) {
                contributions.put(signal, contribution);
            }
        });
        double total = contributions.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Scored(institution, Math.round(total * 100) / 100.0, contributions);
    }

    private static String evidence(Scored scored, Map<InstitutionSignal, RobustBaseline> baselines) {
        if (scored.contributions().isEmpty()) {
            return NOTHING_UNUSUAL;
        }
        return scored.contributions().entrySet().stream()
                .sorted(Map.Entry.<InstitutionSignal, Double>comparingByValue().reversed())
                .limit(SIGNALS_IN_EVIDENCE)
                .map(e -> e.getKey().evidence(scored.institution().values().get(e.getKey()), baselines.get(e.getKey()).median()))
                .collect(Collectors.joining("；"));
    }

    private record Scored(InstitutionMeasures institution, double score, Map<InstitutionSignal, Double> contributions) {
    }
}
