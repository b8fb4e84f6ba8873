package cn.certsift.jobs.ingest;

import cn.certsift.jobs.io.CsvFileWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input file's rows of a source's quarantine CSV (rejected rows or dropped values) as a run wrote
 * it: UTF-8 with a header row, every row ending in CRLF, values with line breaks or quotes in quotes,
 * the file's name in the first column (文件). Copied byte for byte, so the part equals the one the
 * file's ingest wrote.
 */
final class QuarantineCsvRows {

    private static final int BUFFER_BYTES = 1 << 16;

    private QuarantineCsvRows() {
    }

    /** Writes the rows of {@code csv} that belong to the input file {@code fileName} to {@code part}; returns how many. */
    static long copy(Path csv, String fileName, Path part) throws IOException {
        byte[] prefix = (CsvFileWriter.field(fileName) + ",").getBytes(StandardCharsets.UTF_8);
        long copied = 0;
        try (InputStream in = Files.newInputStream(csv); OutputStream out = Files.newOutputStream(part)) {
            ByteArrayOutputStream row = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER_BYTES];
            boolean header = true;
            boolean quoted = false;
            boolean fileMatches = true;
            int length = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    fileMatches &= length >= prefix.length || b == prefix[length];
                    length++;
                    if (fileMatches) {
                        row.write(b);
                    }
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        if (fileMatches && !header && length > prefix.length) {
                            row.writeTo(out);
                            copied++;
                        }
                        header = false;
                        fileMatches = true;
                        length = 0;
                        row.reset();
                    }
                }
            }
        }
        return copied;
    }
}
