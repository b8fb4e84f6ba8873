package cn.certsift.jobs.samples;

import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.SourceKind;
import cn.certsift.common.text.Normalize;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The expected results of a sample, written as it is generated: {@code expected-findings.csv} (one row
 * per finding a correct run raises, keyed as the evaluator compares), {@code roster-cases.csv} (where
 * every planted row of the roster is, with what it must raise, for debugging), and at the end the
 * ingest counts per source and the planted training institutions.
 */
final class GroundTruth implements Closeable {

    static final String FINDINGS = "expected-findings.csv";
    static final String CASES = "roster-cases.csv";
    static final String QUARANTINE_COUNTS = "quarantine-counts.csv";
    static final String INSTITUTIONS = "planted-institutions.csv";

    private final Path folder;
    private final CsvSheet findings;
    private final CsvSheet cases;
    private final Map<FindingCode, Long> counts = new EnumMap<>(FindingCode.class);

    GroundTruth(Path folder) throws IOException {
        this.folder = folder;
        this.findings = sheet(FINDINGS);
        findings.row(List.of("finding_code", "employer_uscc", "id_no", "cert_no", "case"));
        this.cases = sheet(CASES);
        cases.row(List.of("file", "line", "case", "expected_findings"));
    }

    /** Records a roster row written at {@code line} of {@code file}. */
    void rosterRow(String file, long line, RosterCase rosterCase, RosterEntry entry) throws IOException {
        for (FindingCode code : entry.expected()) {
            findings.row(List.of(code.name(), Normalize.code(entry.employer().creditCode()), idKey(entry.idNumber()),
                    entry.certNo() == null ? "" : Normalize.code(entry.certNo()), rosterCase.label()));
            counts.merge(code, 1L, Long::sum);
        }
        if (rosterCase.kind() != RosterCase.Kind.BASE) {
            cases.row(List.of(file, line, rosterCase.label(),
                    String.join(";", entry.expected().stream().map(Enum::name).toList())));
        }
    }

    /** The number of expected findings per code so far. */
    Map<FindingCode, Long> counts() {
        return counts;
    }

    void quarantineCounts(List<SourceFile> files) throws IOException {
        Map<SourceKind, long[]> bySource = new EnumMap<>(SourceKind.class);
        for (SourceKind kind : SourceKind.contractSources()) {
            bySource.put(kind, new long[2]);
        }
        for (SourceFile file : files) {
            long[] totals = bySource.get(file.kind());
            totals[0] += file.dataRows();
            totals[1] += file.quarantined();
        }
        try (CsvSheet sheet = sheet(QUARANTINE_COUNTS)) {
            sheet.row(List.of("source", "read", "accepted", "quarantined"));
            for (Map.Entry<SourceKind, long[]> source : bySource.entrySet()) {
                long[] totals = source.getValue();
                sheet.row(List.of(source.getKey().id(), totals[0] + totals[1], totals[0], totals[1]));
            }
        }
    }

    void plantedInstitutions(List<Institution> institutions) throws IOException {
        try (CsvSheet sheet = sheet(INSTITUTIONS)) {
            sheet.row(List.of("training_org_code", "training_org", "department", "signals"));
            for (Institution institution : institutions) {
                if (institution.planted()) {
                    List<String> signals = new ArrayList<>();
                    for (InstitutionSignal signal : InstitutionSignal.values()) {
                        if (institution.has(signal)) {
                            signals.add(signal.name());
                        }
                    }
                    sheet.row(List.of(institution.code(), institution.name(), institution.department().name(),
                            String.join(";", signals)));
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            findings.close();
        } finally {
            cases.close();
        }
    }

    /** An ID number as findings are keyed: normalised, and 18 digits where a 15-digit number converts. */
    static String idKey(String idNumber) {
        return ResidentIdNumber.check(idNumber).value();
    }

    private CsvSheet sheet(String name) throws IOException {
        return new CsvSheet(folder.resolve(name), StandardCharsets.UTF_8, false, false, false);
    }
}
