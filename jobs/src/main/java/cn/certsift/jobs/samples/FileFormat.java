package cn.certsift.jobs.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The file formats and encodings the data contract accepts. */
enum FileFormat {
    CSV_UTF8(".csv"), CSV_UTF8_BOM(".csv"), CSV_GBK(".csv"), XLSX(".xlsx"), XLS(".xls");

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    boolean csv() {
        return this == CSV_UTF8 || this == CSV_UTF8_BOM || this == CSV_GBK;
    }

    Charset charset() {
        return this == CSV_GBK ? Charset.forName("GBK") : StandardCharsets.UTF_8;
    }
}
