package cn.certsift.jobs.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.config.CertSiftProperties;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample's configuration, generated once: its truth, its files, and that it is reproducible. */
class SampleGeneratorTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);

    @TempDir
    static Path folder;

    static CertSiftProperties conf;
    static Path sample;
    static GeneratedInput input;

    @BeforeAll
    static void generateTheBundledSample() throws Exception {
        conf = SampleTables.load(Path.of(System.getProperty("certsift.home"), "conf"));
        sample = generate("sample", 20261120, SampleFormats.MIXED, 500, 1400, 1000);
        input = new GeneratedInput(sample.resolve("input"), conf.headerDictionary());
    }

    static Path generate(String name, long seed, SampleFormats formats, long roster, long registry, long training)
            throws Exception {
        Path output = folder.resolve(name);
        new SampleGenerator(new GeneratorSettings(output, seed, RUN_DATE, roster, registry, training, formats, 3, 3), conf,
                new PrintWriter(new StringWriter())).generate();
        return output;
    }

    @Test
    void theTruthIsWhatTheContractRulesSayOfTheGeneratedFiles() throws Exception {
        Set<FindingKey> judged = new ReferenceJudge(input, conf.postCatalog(), RUN_DATE).judge(input.rows(SourceKind.ROSTER));
        Set<FindingKey> expected = new TreeSet<>(FindingsFiles.readExpected(sample.resolve("expected/expected-findings.csv")));
        assertEquals(diff(judged, expected), "", "judged − expected / expected − judged");
        assertEquals(expected.size(), lines(sample.resolve("expected/expected-findings.csv")).size() - 1,
                "every expected finding has its own key");
    }

    @Test
    void benchmarkSamplesAtHighAnomalyRatesAreJudgedAsPlanted() throws Exception {
        Path output = folder.resolve("dense");
        new SampleGenerator(new GeneratorSettings(output, 1, RUN_DATE, 2000, 6000, 3000, SampleFormats.CSV, 40, 30), conf,
                new PrintWriter(new StringWriter())).generate();
        GeneratedInput dense = new GeneratedInput(output.resolve("input"), conf.headerDictionary());
        Set<FindingKey> judged = new ReferenceJudge(dense, conf.postCatalog(), RUN_DATE).judge(dense.rows(SourceKind.ROSTER));
        Set<FindingKey> expected = new TreeSet<>(FindingsFiles.readExpected(output.resolve("expected/expected-findings.csv")));
        assertEquals("", diff(judged, expected));
    }

    @Test
    void everyFindingCodeIsPlantedAtLeastFourTimes() throws Exception {
        Map<String, Long> perCode = FindingsFiles.readExpected(sample.resolve("expected/expected-findings.csv")).stream()
                .collect(Collectors.groupingBy(FindingKey::code, Collectors.counting()));
        for (FindingCode code : FindingCode.values()) {
            assertTrue(perCode.getOrDefault(code.name(), 0L) >= 4, code + " planted " + perCode.get(code.name()) + " times");
        }
    }

    @Test
    void everyExclusionAndAnomalyCaseIsPlantedAtLeastFourTimes() throws Exception {
        Map<String, Long> perCase = lines(sample.resolve("expected/roster-cases.csv")).stream().skip(1)
                .map(line -> line.split(",", -1)[2]).collect(Collectors.groupingBy(label -> label, Collectors.counting()));
        for (RosterCase rosterCase : RosterCase.values()) {
            if (rosterCase.kind() != RosterCase.Kind.BASE) {
                assertTrue(perCase.getOrDefault(rosterCase.label(), 0L) >= 4, rosterCase.label() + ": " + perCase.get(rosterCase.label()));
            }
        }
    }

    @Test
    void idNumbersAndCreditCodesAreValidExceptWherePlanted() throws Exception {
        Set<FindingKey> invalidPlanted = FindingsFiles.readExpected(sample.resolve("expected/expected-findings.csv")).stream()
                .filter(key -> key.code().equals("INVALID_ID")).collect(Collectors.toSet());
        int invalidRows = 0;
        for (SourceKind kind : SourceKind.values()) {
            for (GeneratedInput.Row row : input.rows(kind)) {
                for (String field : List.of("id_no", "employer_uscc", "training_org_code")) {
                    boolean hasField = kind.fields().stream().anyMatch(f -> f.name().equals(field));
                    if (!hasField || row.get(kind, field) == null || row.passed(kind, field)) {
                        continue;
                    }
                    assertEquals(SourceKind.ROSTER, kind, row.file() + " line " + row.line() + ": invalid " + field);
                    invalidRows++;
                    LocalDate leftOn = (LocalDate) row.get(kind, "left_on");
                    boolean current = leftOn == null || !leftOn.isBefore(RUN_DATE);
                    FindingKey key = FindingKey.of("INVALID_ID", (String) row.get(kind, "employer_uscc"),
                            (String) row.get(kind, "id_no"), (String) row.get(kind, "cert_no"));
                    assertEquals(current, invalidPlanted.contains(key), row.file() + " line " + row.line());
                }
            }
        }
        assertTrue(invalidRows >= invalidPlanted.size(), invalidRows + " invalid rows for " + invalidPlanted.size() + " findings");
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        Path again = generate("again", 20261120, SampleFormats.MIXED, 500, 1400, 1000);
        assertEquals(digests(sample), digests(again));
    }

    /** The online-clue samples (domains_*, listings_*) are written by hand; everything else is the generator's. */
    @Test
    void theBundledSampleIsWhatTheGeneratorWrites() throws Exception {
        Map<String, Integer> generated = digests(sample);
        Map<String, Integer> bundled = digests(Path.of(System.getProperty("certsift.home"), "data-samples"));
        bundled.keySet().removeIf(file -> file.startsWith("input/domains_") || file.startsWith("input/listings_"));
        Set<String> differing = new TreeSet<>(generated.keySet());
        differing.addAll(bundled.keySet());
        differing.removeIf(file -> Objects.equals(generated.get(file), bundled.get(file)));
        assertEquals(Set.of(), differing,
                "data-samples/ is not what the generator writes: regenerate it with the command in data-samples/README.md");
    }

    @Test
    void anotherSeedWritesOtherBytes() throws Exception {
        Path other = generate("other-seed", 7, SampleFormats.MIXED, 500, 1400, 1000);
        Map<String, Integer> mine = digests(sample);
        Map<String, Integer> theirs = digests(other);
        assertEquals(mine.keySet(), theirs.keySet());
        mine.forEach((file, digest) -> assertFalse(digest.equals(theirs.get(file)), file + " did not change with the seed"));
    }

    @Test
    void csvSamplesAreReproducibleAndHaveTheAskedRowCounts() throws Exception {
        Path first = generate("csv-1", 99, SampleFormats.CSV, 400, 1500, 800);
        Path second = generate("csv-2", 99, SampleFormats.CSV, 400, 1500, 800);
        assertEquals(digests(first), digests(second));
        List<String> counts = lines(first.resolve("expected/quarantine-counts.csv"));
        assertEquals(List.of("roster,400,400,0", "training,800,800,0"), counts.subList(4, 6));
        long registry = counts.subList(1, 4).stream().mapToLong(line -> Long.parseLong(line.split(",")[2])).sum();
        assertEquals(1500, registry, "registry rows over the three departments");
    }

    /** A digest of every file the generator writes under {@code input/} and {@code expected/}. */
    private static Map<String, Integer> digests(Path output) throws Exception {
        Map<String, Integer> digests = new HashMap<>();
        for (String folder : List.of("input", "expected")) {
            try (Stream<Path> files = Files.walk(output.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    digests.put(output.relativize(file).toString(), Arrays.hashCode(Files.readAllBytes(file)));
                }
            }
        }
        return digests;
    }

    static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static String diff(Set<FindingKey> judged, Set<FindingKey> expected) {
        StringBuilder out = new StringBuilder();
        judged.stream().filter(key -> !expected.contains(key)).sorted().forEach(key -> out.append("\n+ ").append(key));
        expected.stream().filter(key -> !judged.contains(key)).sorted().forEach(key -> out.append("\n- ").append(key));
        return out.toString();
    }
}
