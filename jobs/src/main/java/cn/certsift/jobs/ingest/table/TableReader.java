package cn.certsift.jobs.ingest.table;

import java.io.IOException;

/** Streams the rows of one table file (first sheet of a workbook) without holding the file in memory. */
public interface TableReader {

    /** Calls {@code consumer} for every row in order until the end of the table or until it returns false. */
    void read(RowConsumer consumer) throws IOException, NotATableException;

    /** What was detected, for the ingest report: {@code CSV (GBK)}, {@code XLSX, sheet 花名册}. */
    String description();

    @FunctionalInterface
    interface RowConsumer {
        boolean accept(RawRow row) throws IOException;
    }
}
