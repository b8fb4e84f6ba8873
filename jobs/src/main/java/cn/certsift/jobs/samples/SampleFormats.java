package cn.certsift.jobs.samples;

import java.util.Locale;

/** Which files a sample is written as: every format the contract allows, or CSV parts for benchmarks. */
public enum SampleFormats {
    /** The bundled sample: CSV in three encodings, XLSX with title rows, legacy XLS, noise and broken rows. */
    MIXED,
    /** Benchmarks: CSV only (mostly UTF-8, some GBK), several files per source, written as a stream. */
    CSV;

    /** Reads {@code mixed} or {@code csv}, in any case. */
    public static SampleFormats of(String name) {
        for (SampleFormats formats : values()) {
            if (formats.name().equalsIgnoreCase(name.strip())) {
                return formats;
            }
        }
        throw new IllegalArgumentException("unknown formats '" + name + "': expected mixed or csv");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
