package cn.certsift.jobs.samples;

import cn.certsift.common.text.Normalize;
import cn.certsift.jobs.io.CsvRecords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the findings a run wrote ({@code findings.csv}, data contract section 4) and the truth a sample
 * carries ({@code expected-findings.csv}) as {@link FindingKey}s. Columns are found by their header name;
 * a run's findings whose status is RESOLVED are no longer raised and are left out.
 */
public final class FindingsFiles {

    private static final List<String> KEY_COLUMNS = List.of("finding_code", "employer_uscc", "id_no", "cert_no");
    private static final String STATUS = "status";
    private static final String RESOLVED = "RESOLVED";

    private FindingsFiles() {
    }

    /** The findings a run raised (status NEW or OPEN). */
    public static List<FindingKey> readRun(Path findingsCsv) throws IOException {
        return read(findingsCsv, true);
    }

    public static List<FindingKey> readExpected(Path expectedCsv) throws IOException {
        return read(expectedCsv, false);
    }

    private static List<FindingKey> read(Path file, boolean hasStatus) throws IOException {
        List<String> columns = new ArrayList<>(KEY_COLUMNS);
        if (hasStatus) {
            columns.add(STATUS);
        }
        List<FindingKey> keys = new ArrayList<>();
        for (Map<String, String> record : CsvRecords.read(file, columns)) {
            if (hasStatus && RESOLVED.equalsIgnoreCase(Normalize.text(record.get(STATUS)))) {
                continue;
            }
            keys.add(FindingKey.of(record.get(KEY_COLUMNS.get(0)), record.get(KEY_COLUMNS.get(1)), record.get(KEY_COLUMNS.get(2)),
                    record.get(KEY_COLUMNS.get(3))));
        }
        return keys;
    }
}
