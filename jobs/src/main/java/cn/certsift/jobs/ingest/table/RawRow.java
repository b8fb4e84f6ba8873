package cn.certsift.jobs.ingest.table;

import cn.certsift.common.ingest.RowProblem;

import java.util.List;

/**
 * One row as a file holds it, before any interpretation.
 *
 * @param line      1-based line number of a CSV record's first line, or a spreadsheet's row number
 * @param cells     the cell texts, empty strings for empty cells
 * @param rawText   the row as written (a CSV record's text; spreadsheet cells joined by commas), for quarantine
 * @param lineSpan  how many physical lines the row covers (a CSV field in quotes may hold line breaks)
 * @param malformed why the row could not be split into cells (undecodable bytes, unbalanced quote), or null
 */
public record RawRow(long line, List<String> cells, String rawText, int lineSpan, RowProblem malformed) {

    public static RawRow of(long line, List<String> cells, String rawText) {
        return new RawRow(line, cells, rawText, 1, null);
    }

    public static RawRow malformed(long line, String rawText, RowProblem problem) {
        return new RawRow(line, List.of(), rawText, 1, problem);
    }

    public boolean isBlank() {
        if (malformed != null) {
            return false;
        }
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
