package cn.certsift.jobs.export;

import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.common.finding.Severity;
import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.Department;
import cn.certsift.jobs.matching.FindingColumns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;

/**
 * The workbook of one district for its inspectors: a sheet of open findings with Chinese headers (frozen,
 * filterable, columns sized to their content, severity highlighted), followed by the columns inspectors
 * fill in ({@link InspectorColumns}, with drop-downs), and a sheet of counts by finding code. Streams rows
 * to disk as they come (SXSSF), so a large district does not fill memory.
 */
final class DistrictWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int SEVERITY_COLUMN = 2;

    private record Column(String header, Function<Row, String> value) {
    }

    private final List<Column> columns;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final ListSheet findings;
    private final InspectorCells inspectorCells;
    private final Map<Severity, CellStyle> severityStyles = new LinkedHashMap<>();
    private final Map<String, long[]> countsByCode = new LinkedHashMap<>();

    DistrictWorkbook(boolean fullIdNumbers, InspectorColumns inspectorColumns) {
        this(fullIdNumbers, inspectorColumns, ListSheet.ROWS_PER_SHEET);
    }

    DistrictWorkbook(boolean fullIdNumbers, InspectorColumns inspectorColumns, int rowsPerSheet) {
        this.columns = List.of(
                new Column("问题编号", row -> row.getAs("finding_id")),
                new Column("问题类型", row -> FindingCatalog.chineseName(row.getAs("finding_code"))),
                new Column("严重程度", row -> Severity.ofLabel(row.getAs("severity")).chinese()),
                new Column("状态", row -> statusLabel(row.getAs("status"))),
                new Column("首次发现", row -> String.valueOf(row.<Object>getAs("first_seen"))),
                new Column("所属区县", row -> row.getAs("district")),
                new Column("单位名称", row -> row.getAs("employer_name")),
                new Column("统一社会信用代码", row -> row.getAs("employer_uscc")),
                new Column("姓名", row -> row.getAs("name")),
                new Column("身份证号", row -> fullIdNumbers ? row.getAs("id_no") : ResidentIdNumber.mask(row.getAs("id_no"))),
                new Column("岗位", row -> row.getAs("post")),
                new Column("证书编号", row -> row.getAs("cert_no")),
                new Column("比对部门", row -> departmentLabel(row.getAs("matched_department"))),
                new Column("比对证书编号", row -> row.getAs("matched_cert_no")),
                new Column("问题代码", row -> row.getAs("finding_code")),
                new Column("线索簇", row -> row.getAs("cluster_id")),
                new Column("核查依据", row -> row.getAs("evidence")));
        this.inspectorCells = new InspectorCells(inspectorColumns, workbook, Sheets.headerStyle(workbook));
        this.findings = new ListSheet(workbook, "问题清单", columns.stream().map(Column::header).toList(), inspectorCells,
                rowsPerSheet);
        severityStyles.put(Severity.HIGH, Sheets.fill(workbook, IndexedColors.ROSE));
        severityStyles.put(Severity.MEDIUM, Sheets.fill(workbook, IndexedColors.LIGHT_ORANGE));
        severityStyles.put(Severity.LOW, Sheets.fill(workbook, IndexedColors.LIGHT_YELLOW));
        for (String code : FindingCatalog.codes()) {
            countsByCode.put(code, new long[3]);
        }
    }

    /** Adds a finding: open ones to the list, every one to the counts. */
    void add(Row finding) {
        String status = finding.getAs("status");
        long[] counts = countsByCode.get((String) finding.getAs("finding_code"));
        counts[statusIndex(status)]++;
        if (FindingColumns.RESOLVED.equals(status)) {
            return;
        }
        List<String> values = new ArrayList<>(columns.size());
        columns.forEach(column -> values.add(column.value().apply(finding)));
        org.apache.poi.ss.usermodel.Row row = findings.add(values);
        row.getCell(SEVERITY_COLUMN).setCellStyle(severityStyles.get(Severity.ofLabel(finding.getAs("severity"))));
        inspectorCells.writeCells(row, columns.size(), finding.getAs("finding_id"));
    }

    long openFindings() {
        return findings.records();
    }

    void writeTo(Path file) throws IOException {
        findings.finish();
        workbook.setActiveSheet(0);
        writeCountsSheet();
        inspectorCells.writeListsSheet(workbook);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    private void writeCountsSheet() {
        List<List<Object>> rows = new ArrayList<>();
        long[] total = new long[3];
        for (Map.Entry<String, long[]> entry : countsByCode.entrySet()) {
            long[] n = entry.getValue();
            rows.add(List.of(entry.getKey(), FindingCatalog.chineseName(entry.getKey()),
                    FindingCatalog.severity(entry.getKey()).chinese(), n[0], n[1], n[2], n[0] + n[1]));
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
        }
        Sheets.countsTable(workbook, workbook.createSheet("分类统计"),
                List.of("问题代码", "问题类型", "严重程度", "新发现", "持续存在", "已消除", "合计（未消除）"), rows,
                List.of("合计", "", "", total[0], total[1], total[2], total[0] + total[1]), 2, new int[] {22, 44, 10, 10, 10, 10, 16});
    }

    private static int statusIndex(String status) {
        return switch (status) {
            case FindingColumns.NEW -> 0;
            case FindingColumns.OPEN -> 1;
            case FindingColumns.RESOLVED -> 2;
            default -> throw new IllegalArgumentException("unknown finding status '" + status + "'");
        };
    }

    static String statusLabel(String status) {
        return switch (status) {
            case FindingColumns.NEW -> "新发现";
            case FindingColumns.OPEN -> "持续存在";
            case FindingColumns.RESOLVED -> "已消除";
            default -> status;
        };
    }

    private static String departmentLabel(String department) {
        return department == null ? "" : Department.valueOf(department).chineseName();
    }
}
