package cn.certsift.jobs.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A CSV file as departments and employers deliver them: UTF-8 with or without a byte-order mark, or
 * GBK; CRLF or LF; fields quoted when they must be, or every field quoted. Text the charset cannot
 * encode fails the write instead of turning into question marks.
 */
final class CsvSheet implements SheetWriter {

    private final Writer out;
    private final boolean quoteAll;
    private final String newline;
    private long nextLine = 1;

    CsvSheet(Path file, Charset charset, boolean byteOrderMark, boolean quoteAll, boolean crlf) throws IOException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        OutputStream stream = Files.newOutputStream(file);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, encoder), 1 << 16);
        this.quoteAll = quoteAll;
        this.newline = crlf ? "\r\n" : "\n";
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
    }

    @Override
    public void title(String text, int width) throws IOException {
        line(quote(text));
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        line(format(cells));
    }

    @Override
    public void blank() throws IOException {
        line("");
    }

    /** A line written exactly as given, for rows that are broken on purpose. */
    void raw(String text) throws IOException {
        line(text);
    }

    /** The text of a row as {@link #row} would write it. */
    String format(List<Object> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            if (cell != null) {
                line.append(quote(cell instanceof LocalDate date ? date.toString() : cell.toString()));
            }
        }
        return line.toString();
    }

    @Override
    public long nextLine() {
        return nextLine;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write(newline);
        nextLine++;
    }

    private String quote(String value) {
        boolean needed = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quoteAll || needed ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
