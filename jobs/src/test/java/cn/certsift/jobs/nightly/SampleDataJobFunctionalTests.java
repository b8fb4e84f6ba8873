package cn.certsift.jobs.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.samples.FindingKey;
import cn.certsift.jobs.samples.FindingsFiles;
import cn.certsift.jobs.samples.InstitutionsEvaluation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The whole nightly job on the bundled sample (data-samples/input): every source reconciles with the
 * sample's quarantine counts, the findings are exactly the hand-checked expected findings, and the
 * training institutions planted with suspicious signals rank first.
 */
class SampleDataJobFunctionalTests extends NightlyJobTestSupport {

    private static final Path SAMPLE = Path.of(System.getProperty("certsift.home"), "data-samples");

    @Test
    void theBundledSampleYieldsExactlyTheExpectedFindingsAndRanksThePlantedInstitutionsFirst() throws Exception {
        Path output = temporaryFolder("certsift-sample").resolve("out");
        JobExecution execution = runs.run(SAMPLE.resolve("input"), output, LocalDate.of(2026, 11, 20), null);
        assertEquals(BatchStatus.COMPLETED, execution.getStatus(), () -> NightlyRuns.failureReason(execution));

        RunSummary summary = RunSummary.read(output.resolve("run-summary.json"));
        Map<String, RunSummary.SourceCounts> expectedCounts = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(SAMPLE.resolve("expected/quarantine-counts.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            RunSummary.SourceCounts actual = summary.sources().get(cells[0]);
            expectedCounts.put(cells[0], new RunSummary.SourceCounts(actual.files(), Long.parseLong(cells[1]),
                    Long.parseLong(cells[2]), Long.parseLong(cells[3])));
        }
        Map<String, RunSummary.SourceCounts> generatedSources = new LinkedHashMap<>(summary.sources());
        generatedSources.keySet().retainAll(expectedCounts.keySet());
        assertEquals(expectedCounts, generatedSources);
        summary.sources().forEach((source, counts) ->
                assertEquals(counts.read(), counts.accepted() + counts.quarantined(), source + ": read = accepted + quarantined"));

        Set<FindingKey> found = new TreeSet<>(FindingsFiles.readRun(output.resolve("findings.csv")));
        Set<FindingKey> expected = new TreeSet<>(FindingsFiles.readExpected(SAMPLE.resolve("expected/expected-findings.csv")));
        Set<FindingKey> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        Set<FindingKey> spurious = new TreeSet<>(found);
        spurious.removeAll(expected);
        assertEquals(Set.of(), missed, "expected findings the job did not raise");
        assertEquals(Set.of(), spurious, "findings the job raised that the sample does not expect");
        assertTrue(expected.size() > 100, "the sample plants every code several times");
        assertEquals(expected.size(), summary.findings().values().stream().mapToLong(Long::longValue).sum());

        InstitutionsEvaluation.Evaluation institutions = InstitutionsEvaluation.compare(output.resolve("institutions.csv"),
                SAMPLE.resolve("expected/planted-institutions.csv"));
        assertEquals(List.of(1, 2, 3, 4), institutions.placements().stream().map(InstitutionsEvaluation.Placement::rank).toList(),
                () -> "the four planted institutions rank first: " + institutions.placements());
        assertEquals(10, institutions.ranked(), "every institution of the training records and registries is ranked");
    }
}
