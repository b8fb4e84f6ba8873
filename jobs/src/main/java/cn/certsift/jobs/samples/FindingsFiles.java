package cn.certsift.jobs.samples;

import cn.certsift.jobs.ingest.table.CsvTableReader;
import cn.certsift.jobs.ingest.table.NotATableException;
import cn.certsift.jobs.ingest.table.RawRow;
import cn.certsift.common.text.Normalize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        List<FindingKey> keys = new ArrayList<>();
        int[][] columns = new int[1][];
        try {
            new CsvTableReader(file).read(row -> {
                if (row.malformed() != null) {
                    throw new IOException(file + " line " + row.line() + ": " + row.malformed().en());
                }
                if (row.isBlank()) {
                    return true;
                }
                if (columns[0] == null) {
                    columns[0] = columns(file, row, hasStatus);
                    return true;
                }
                int[] at = columns[0];
                if (hasStatus && RESOLVED.equalsIgnoreCase(Normalize.text(cell(row, at[4])))) {
                    return true;
                }
                keys.add(FindingKey.of(cell(row, at[0]), cell(row, at[1]), cell(row, at[2]), cell(row, at[3])));
                return true;
            });
        } catch (NotATableException notATable) {
            throw new IOException(file + ": " + notATable.reasonEn(), notATable);
        }
        if (columns[0] == null) {
            throw new IOException(file + " is empty: no header row");
        }
        return keys;
    }

    private static int[] columns(Path file, RawRow header, boolean hasStatus) throws IOException {
        List<String> names = header.cells().stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> wanted = new ArrayList<>(KEY_COLUMNS);
        if (hasStatus) {
            wanted.add(STATUS);
        }
        int[] at = new int[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            at[i] = names.indexOf(wanted.get(i));
            if (at[i] < 0) {
                throw new IOException(file + " has no column " + wanted.get(i) + " (header: " + String.join(",", names) + ")");
            }
        }
        return at;
    }

    private static String cell(RawRow row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : "";
    }
}
