package cn.certsift.jobs.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The format of a table file, decided by its content rather than its name: government systems export
 * CSV named {@code .xls} as often as not.
 */
public enum TableFormat {
    CSV, XLSX, XLS;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int SNIFF_BYTES = 512;

    public static TableFormat sniff(Path file) throws IOException, NotATableException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length == 0) {
            throw new NotATableException("文件为空", "the file is empty");
        }
        if (startsWith(head, ZIP)) {
            return XLSX;
        }
        if (startsWith(head, OLE2)) {
            return XLS;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).stripLeading();
        if (start.startsWith("<html") || start.startsWith("<!doctype html") || start.startsWith("<table")) {
            throw new NotATableException("文件内容是网页(HTML)而不是表格，请在 Excel 中打开后另存为 .xlsx 或 .csv",
                    "the file is a web page (HTML), not a table; open it in Excel and save it as .xlsx or .csv");
        }
        return CSV;
    }

    public static TableReader open(Path file) throws IOException, NotATableException {
        return switch (sniff(file)) {
            case CSV -> new CsvTableReader(file);
            case XLSX -> new XlsxTableReader(file);
            case XLS -> new XlsTableReader(file);
        };
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
