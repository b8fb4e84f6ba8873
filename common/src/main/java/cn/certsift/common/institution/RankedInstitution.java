package cn.certsift.common.institution;

import java.util.Map;

/**
 * An institution's place in the risk ranking: its score, its rank (1 = most suspicious), the measured
 * signals, and the Chinese sentence naming the strongest of them.
 */
public record RankedInstitution(String code, String name, double riskScore, int rank, Map<InstitutionSignal, Double> values,
                                String evidence) {
}
