package cn.certsift.jobs.samples;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes the rows of one table file. Cells are text ({@link String}), dates ({@link java.time.LocalDate}:
 * a real date cell in a workbook) or whole numbers ({@link Integer}: a number cell), or null for empty.
 */
interface SheetWriter extends Closeable {

    /** A title above the header, merged across the table's width in a workbook. */
    void title(String text, int width) throws IOException;

    void row(List<Object> cells) throws IOException;

    void blank() throws IOException;

    /** The line (CSV) or row (workbook) number, 1-based, that the next row will have. */
    long nextLine();
}
