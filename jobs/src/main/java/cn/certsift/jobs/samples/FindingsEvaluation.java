package cn.certsift.jobs.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Precision and recall of a run's findings against the truth, per finding code and over all codes.
 * Findings are compared as sets of {@link FindingKey}: a finding raised twice counts once.
 */
public final class FindingsEvaluation {

    /** How many examples of false positives and false negatives are kept per code. */
    public static final int EXAMPLES = 10;

    private FindingsEvaluation() {
    }

    /**
     * The score of one code (or of all codes together).
     *
     * @param falsePositiveExamples up to {@link #EXAMPLES} findings raised that the truth does not hold, in key order
     * @param falseNegativeExamples up to {@link #EXAMPLES} findings of the truth the run missed, in key order
     */
    public record CodeScore(String code, long truePositives, long falsePositives, long falseNegatives,
                            List<FindingKey> falsePositiveExamples, List<FindingKey> falseNegativeExamples) {

        /** TP / (TP + FP); NaN when nothing was found. */
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        /** TP / (TP + FN); NaN when nothing was expected. */
        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        private static double ratio(long part, long whole) {
            return whole == 0 ? Double.NaN : (double) part / whole;
        }
    }

    /** Scores per code (the contract's codes first, in their order, then any others) and the total. */
    public record Evaluation(List<CodeScore> codes, CodeScore total) {
    }

    public static Evaluation compare(Collection<FindingKey> found, Collection<FindingKey> expected) {
        Set<FindingKey> foundSet = new TreeSet<>(found);
        Set<FindingKey> expectedSet = new TreeSet<>(expected);
        List<CodeScore> scores = new ArrayList<>();
        for (String code : codes(foundSet, expectedSet)) {
            scores.add(score(code, only(foundSet, code), only(expectedSet, code)));
        }
        return new Evaluation(scores, score("ALL", foundSet, expectedSet));
    }

    private static CodeScore score(String code, Set<FindingKey> found, Set<FindingKey> expected) {
        List<FindingKey> falsePositives = found.stream().filter(key -> !expected.contains(key)).toList();
        List<FindingKey> falseNegatives = expected.stream().filter(key -> !found.contains(key)).toList();
        long truePositives = found.size() - falsePositives.size();
        return new CodeScore(code, truePositives, falsePositives.size(), falseNegatives.size(),
                falsePositives.stream().limit(EXAMPLES).toList(), falseNegatives.stream().limit(EXAMPLES).toList());
    }

    private static Set<FindingKey> only(Set<FindingKey> keys, String code) {
        return keys.stream().filter(key -> key.code().equals(code)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> codes(Set<FindingKey> found, Set<FindingKey> expected) {
        List<String> contract = Arrays.stream(FindingCode.values()).map(Enum::name).toList();
        Set<String> present = new TreeSet<>();
        found.forEach(key -> present.add(key.code()));
        expected.forEach(key -> present.add(key.code()));
        List<String> ordered = new ArrayList<>(contract.stream().filter(present::contains).toList());
        present.stream().filter(code -> !contract.contains(code)).forEach(ordered::add);
        return ordered;
    }
}
