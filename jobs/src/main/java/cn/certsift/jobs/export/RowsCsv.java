package cn.certsift.jobs.export;

import cn.certsift.jobs.io.CsvFileWriter;
import cn.certsift.jobs.io.Publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Row;

/**
 * A working file for analysts from an output layer ({@code findings.csv}, {@code clues.csv}): the named
 * columns in order, UTF-8 with a byte-order mark so that Excel and WPS show the Chinese correctly,
 * published whole or not at all.
 */
public final class RowsCsv {

    private RowsCsv() {
    }

    /** Writes the rows and returns how many there were. */
    public static long write(Iterator<Row> rows, List<String> columns, Path file) throws IOException {
        Path staged = Publish.staged(file);
        long written = 0;
        try (CsvFileWriter csv = new CsvFileWriter(staged)) {
            csv.writeRow(columns);
            while (rows.hasNext()) {
                Row row = rows.next();
                List<Object> values = new ArrayList<>(columns.size());
                for (String column : columns) {
                    Object value = row.getAs(column);
                    values.add(value == null ? null : value.toString());
                }
                csv.writeRow(values);
                written++;
            }
        }
        Publish.replace(staged, file);
        return written;
    }
}
