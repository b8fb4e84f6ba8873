package cn.certsift.jobs.export;

import cn.certsift.jobs.io.CsvFileWriter;
import cn.certsift.jobs.io.Publish;
import cn.certsift.jobs.matching.FindingColumns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Row;

/**
 * {@code findings.csv}: the analysts' working file, every contract column with full ID numbers, UTF-8
 * with a byte-order mark so that Excel and WPS show the Chinese correctly.
 */
public final class FindingsCsv {

    private FindingsCsv() {
    }

    public static long write(Iterator<Row> findings, Path file) throws IOException {
        Path staged = Publish.staged(file);
        long rows = 0;
        try (CsvFileWriter csv = new CsvFileWriter(staged)) {
            csv.writeRow(FindingColumns.CONTRACT);
            while (findings.hasNext()) {
                Row finding = findings.next();
                List<Object> values = new ArrayList<>(FindingColumns.CONTRACT.size());
                for (String column : FindingColumns.CONTRACT) {
                    Object value = finding.getAs(column);
                    values.add(value == null ? null : value.toString());
                }
                csv.writeRow(values);
                rows++;
            }
        }
        Publish.replace(staged, file);
        return rows;
    }
}
