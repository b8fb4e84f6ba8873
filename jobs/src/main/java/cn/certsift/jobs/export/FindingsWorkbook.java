package cn.certsift.jobs.export;

import cn.certsift.jobs.matching.FindingColumns;
import cn.certsift.jobs.workbook.ColumnKind;
import cn.certsift.jobs.workbook.FileTitle;
import cn.certsift.jobs.workbook.ListColumn;
import cn.certsift.jobs.workbook.ListSheet;
import cn.certsift.jobs.workbook.WorkbookFiles;
import cn.certsift.jobs.workbook.WorkbookStyles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;

/**
 * {@code findings.xlsx}, the analysts' findings for a spreadsheet program: the columns and rows of
 * {@code findings.csv} with full ID numbers, but ID, certificate and credit-code numbers are text cells
 * (a spreadsheet opening the CSV turns 18 digits into 4.50102196308058E+17 and loses the last ones), the
 * dates real dates, the header frozen and filterable. Rows stream to disk (SXSSF); beyond 1,048,575
 * findings they continue on further sheets.
 */
public final class FindingsWorkbook implements AutoCloseable {

    static final String SHEET = "findings";
    private static final int ROWS_IN_MEMORY = 500;
    private static final int TEXT_WIDTH = 12;
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry("finding_id", 24), Map.entry("finding_code", 22),
            Map.entry("employer_uscc", 22), Map.entry("employer_name", 24), Map.entry("name", 8), Map.entry("id_no", 22),
            Map.entry("cert_no", 24), Map.entry("matched_cert_no", 24), Map.entry("evidence", 60), Map.entry("cluster_id", 16));

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final ListSheet<Row> findings;

    public FindingsWorkbook(LocalDate runDate) {
        this(runDate, ListSheet.ROWS_PER_SHEET);
    }

    FindingsWorkbook(LocalDate runDate, int rowsPerSheet) {
        List<ListColumn<Row>> columns = FindingColumns.CONTRACT.stream().map(FindingsWorkbook::column).toList();
        findings = new ListSheet<>(workbook, new WorkbookStyles(workbook), new FileTitle("findings（比对发现的问题）", runDate), SHEET,
                columns, rowsPerSheet);
    }

    private static ListColumn<Row> column(String name) {
        boolean date = name.equals("run_date") || name.equals("first_seen");
        return ListColumn.of(name, date ? 12 : WIDTHS.getOrDefault(name, TEXT_WIDTH), date ? ColumnKind.DATE : ColumnKind.TEXT,
                row -> row.getAs(name));
    }

    public void add(Row finding) {
        findings.add(finding);
    }

    public long rows() {
        return findings.records();
    }

    public void publish(Path file) throws IOException {
        findings.finish();
        WorkbookFiles.publish(workbook, file);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }
}
