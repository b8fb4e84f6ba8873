package cn.certsift.jobs.io;

import cn.certsift.jobs.ingest.table.CsvTableReader;
import cn.certsift.jobs.ingest.table.NotATableException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a small CSV output of CertSift ({@code institutions.csv}, {@code clusters.csv}, a sample's
 * expected files) as records keyed by the header's column names, lower case. A required column the
 * header lacks, or a line that cannot be split, fails with the file and the line.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    public static List<Map<String, String>> read(Path file, List<String> required) throws IOException {
        return read(file, required, Integer.MAX_VALUE);
    }

    /** The first {@code limit} records. */
    public static List<Map<String, String>> read(Path file, List<String> required, int limit) throws IOException {
        List<Map<String, String>> records = new ArrayList<>();
        List<List<String>> header = new ArrayList<>(1);
        try {
            new CsvTableReader(file).read(row -> {
                if (row.malformed() != null) {
                    throw new IOException(file + " line " + row.line() + ": " + row.malformed().en());
                }
                if (row.isBlank()) {
                    return true;
                }
                if (header.isEmpty()) {
                    header.add(row.cells().stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList());
                    for (String column : required) {
                        if (!header.get(0).contains(column)) {
                            throw new IOException(file + " has no column " + column + " (header: " + String.join(",", header.get(0)) + ")");
                        }
                    }
                    return true;
                }
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 0; i < header.get(0).size(); i++) {
                    record.put(header.get(0).get(i), i < row.cells().size() ? row.cells().get(i) : "");
                }
                records.add(record);
                return records.size() < limit;
            });
        } catch (NotATableException notATable) {
            throw new IOException(file + ": " + notATable.reasonEn(), notATable);
        }
        if (header.isEmpty()) {
            throw new IOException(file + " is empty: no header row");
        }
        return records;
    }
}
