package cn.certsift.jobs.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a CSV file that Excel and WPS open correctly: UTF-8 with a byte-order mark, CRLF line ends,
 * fields quoted when needed, and cells that a spreadsheet would run as a formula neutralised.
 */
public final class CsvFileWriter implements Closeable {

    private final BufferedWriter out;

    public CsvFileWriter(Path file) throws IOException {
        this(file, true);
    }

    /** @param byteOrderMark false for a part that will be appended to a file that already has one */
    public CsvFileWriter(Path file, boolean byteOrderMark) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
    }

    public void writeRow(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = values.get(i);
            if (value != null) {
                out.write(field(value));
            }
        }
        out.write("\r\n");
    }

    /** A value as this writer writes it in a row: neutralised for spreadsheets, quoted when needed. */
    public static String field(Object value) {
        return quote(SpreadsheetSafe.cell(value.toString()));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static String quote(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
