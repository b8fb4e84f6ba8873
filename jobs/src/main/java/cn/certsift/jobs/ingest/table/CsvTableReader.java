package cn.certsift.jobs.ingest.table;

import cn.certsift.common.ingest.RowProblem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file record by record at the byte level. Commas, quotes and line feeds are single bytes
 * that never occur inside a multi-byte character of UTF-8, GBK or GB18030, so records are split before
 * decoding; each record is then decoded strictly, and a record with bytes foreign to the file's
 * encoding is reported as malformed instead of being read as mojibake.
 *
 * <p>A quoted field may hold line breaks. A quote that is never closed would swallow the rest of the
 * file, so a record that grows past {@link #MAX_LINES_PER_RECORD} lines or reaches the end of the file
 * inside quotes is cut back to its first line, reported as malformed, and reading resumes on the next line.
 */
public final class CsvTableReader implements TableReader {

    static final int MAX_LINES_PER_RECORD = 100;
    static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;
    private static final int SAMPLE_BYTES = 64 * 1024;

    private final Path file;
    private final CsvEncoding encoding;

    public CsvTableReader(Path file) throws IOException, NotATableException {
        this.file = file;
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        this.encoding = CsvEncoding.detect(sample);
    }

    @Override
    public String description() {
        return "CSV (" + encoding.label() + ")";
    }

    @Override
    public void read(RowConsumer consumer) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            RecordSplitter splitter = new RecordSplitter(in);
            while (splitter.next()) {
                if (!consumer.accept(toRow(splitter))) {
                    return;
                }
            }
        }
    }

    /** The rows of a multi-line record read one physical line at a time, for records whose quotes were unbalanced. */
    public static List<RawRow> splitLines(RawRow record) {
        String[] lines = record.rawText().split("\n", -1);
        List<RawRow> rows = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            rows.add(parse(record.line() + i, lines[i], 1));
        }
        return rows;
    }

    private RawRow toRow(RecordSplitter splitter) {
        long line = splitter.startLine;
        if (splitter.cutBack) {
            String text = new String(splitter.record, 0, splitter.length, encoding.charset());
            return RawRow.malformed(line, text, unbalancedQuote());
        }
        if (splitter.tooLong) {
            String text = new String(splitter.record, 0, Math.min(splitter.length, 200), encoding.charset()) + "…";
            return RawRow.malformed(line, text, new RowProblem(null, "本行超过" + MAX_RECORD_BYTES / 1024 / 1024 + "MB，无法读取",
                    "the line is longer than " + MAX_RECORD_BYTES / 1024 / 1024 + " MB"));
        }
        String text = new String(splitter.record, 0, splitter.length, encoding.charset());
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                text = encoding.decodeStrictly(splitter.record, splitter.length);
            } catch (CharacterCodingException foreignBytes) {
                return RawRow.malformed(line, text, new RowProblem(null,
                        "本行含有不能按文件编码(" + encoding.label() + ")解码的字节，文件可能混用了多种编码",
                        "the line holds bytes that are not valid " + encoding.label() + "; the file may mix encodings"));
            }
        }
        return parse(line, text, splitter.lineSpan);
    }

    private static RawRow parse(long line, String text, int lineSpan) {
        String withoutCr = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        List<String> cells = CsvFields.split(withoutCr);
        if (cells == null) {
            return RawRow.malformed(line, withoutCr, unbalancedQuote());
        }
        return new RawRow(line, cells, withoutCr, lineSpan, null);
    }

    private static RowProblem unbalancedQuote() {
        return new RowProblem(null, "本行的引号未闭合", "a quote on this line is never closed");
    }

    /** Finds record boundaries in the byte stream, following the quoting rules of {@link CsvFields}. */
    private static final class RecordSplitter {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private byte[] pushback = new byte[0];
        private int pushbackPosition;

        byte[] record = new byte[4096];
        int length;
        long startLine;
        int lineSpan;
        boolean cutBack;
        boolean tooLong;
        private long nextLine = 1;

        RecordSplitter(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            length = 0;
            startLine = nextLine;
            lineSpan = 1;
            cutBack = false;
            tooLong = false;
            CsvFields.State state = CsvFields.State.FIELD_START;
            int b = read();
            if (b < 0) {
                return false;
            }
            while (b >= 0) {
                if (b == '\n') {
                    if (state != CsvFields.State.QUOTED) {
                        nextLine = startLine + lineSpan;
                        return true;
                    }
                    lineSpan++;
                    if (lineSpan > MAX_LINES_PER_RECORD) {
                        append(b);
                        return cutBackToFirstLine();
                    }
                }
                append(b);
                if (length >= MAX_RECORD_BYTES) {
                    return state == CsvFields.State.QUOTED ? cutBackToFirstLine() : skipRestOfLine();
                }
                state = advance(state, b);
                b = read();
            }
            if (state == CsvFields.State.QUOTED) {
                return cutBackToFirstLine();
            }
            nextLine = startLine + lineSpan;
            return true;
        }

        private static CsvFields.State advance(CsvFields.State state, int b) {
            return switch (state) {
                case FIELD_START -> b == '"' ? CsvFields.State.QUOTED : b == ',' ? CsvFields.State.FIELD_START : CsvFields.State.UNQUOTED;
                case UNQUOTED -> b == ',' ? CsvFields.State.FIELD_START : CsvFields.State.UNQUOTED;
                case QUOTED -> b == '"' ? CsvFields.State.QUOTE_IN_QUOTED : CsvFields.State.QUOTED;
                case QUOTE_IN_QUOTED -> b == '"' ? CsvFields.State.QUOTED : b == ',' ? CsvFields.State.FIELD_START : CsvFields.State.UNQUOTED;
            };
        }

        /** Keeps the first physical line as a malformed record and re-reads everything after it. */
        private boolean cutBackToFirstLine() {
            int firstBreak = -1;
            for (int i = 0; i < length; i++) {
                if (record[i] == '\n') {
                    firstBreak = i;
                    break;
                }
            }
            if (firstBreak >= 0) {
                byte[] rest = Arrays.copyOfRange(record, firstBreak + 1, length);
                byte[] unread = Arrays.copyOfRange(pushback, pushbackPosition, pushback.length);
                byte[] combined = Arrays.copyOf(rest, rest.length + unread.length);
                System.arraycopy(unread, 0, combined, rest.length, unread.length);
                pushback = combined;
                pushbackPosition = 0;
                length = firstBreak;
            }
            cutBack = true;
            lineSpan = 1;
            nextLine = startLine + 1;
            return true;
        }

        private boolean skipRestOfLine() throws IOException {
            int b = read();
            while (b >= 0 && b != '\n') {
                b = read();
            }
            tooLong = true;
            nextLine = startLine + lineSpan;
            return true;
        }

        private void append(int b) {
            if (length == record.length) {
                record = Arrays.copyOf(record, Math.min(record.length * 2, MAX_RECORD_BYTES + 1));
            }
            record[length++] = (byte) b;
        }

        private int read() throws IOException {
            if (pushbackPosition < pushback.length) {
                return pushback[pushbackPosition++] & 0xFF;
            }
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++] & 0xFF;
        }
    }
}
