package cn.certsift.jobs.samples;

import cn.certsift.jobs.io.CsvRecords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run ranked the institutions a generated sample planted with suspicious signals
 * ({@code expected/planted-institutions.csv}): each planted institution's rank and score, and whether all
 * of them rank within the top 1.5 × the number planted.
 */
public final class InstitutionsEvaluation {

    private InstitutionsEvaluation() {
    }

    /** A planted institution and where the run ranked it (rank 0: not ranked at all). */
    public record Placement(String code, String name, String plantedSignals, int rank, double riskScore) {
    }

    /**
     * @param placements the planted institutions in the order of their rank
     * @param ranked     how many institutions the run ranked
     * @param cutoff     the rank every planted institution must reach: 1.5 × planted, rounded up
     */
    public record Evaluation(List<Placement> placements, int ranked, int cutoff) {

        public boolean allWithinCutoff() {
            return placements.stream().allMatch(p -> p.rank() > 0 && p.rank() <= cutoff);
        }
    }

    public static Evaluation compare(Path institutionsCsv, Path plantedCsv) throws IOException {
        Map<String, Map<String, String>> ranked = new HashMap<>();
        List<Map<String, String>> run = CsvRecords.read(institutionsCsv, List.of("training_org_code", "rank", "risk_score"));
        run.forEach(record -> ranked.put(record.get("training_org_code"), record));
        List<Placement> placements = CsvRecords.read(plantedCsv, List.of("training_org_code", "training_org", "signals")).stream()
                .map(planted -> {
                    Map<String, String> found = ranked.get(planted.get("training_org_code"));
                    return new Placement(planted.get("training_org_code"), planted.get("training_org"), planted.get("signals"),
                            found == null ? 0 : Integer.parseInt(found.get("rank")),
                            found == null ? 0 : Double.parseDouble(found.get("risk_score")));
                })
                .sorted((a, b) -> Integer.compare(a.rank() == 0 ? Integer.MAX_VALUE : a.rank(), b.rank() == 0 ? Integer.MAX_VALUE : b.rank()))
                .toList();
        return new Evaluation(placements, run.size(), (int) Math.ceil(1.5 * placements.size()));
    }
}
