package cn.certsift.jobs.export;

import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.common.finding.Severity;
import cn.certsift.common.id.EmbeddedIdNumbers;
import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.Department;
import cn.certsift.jobs.matching.FindingColumns;
import cn.certsift.jobs.workbook.ColumnKind;
import cn.certsift.jobs.workbook.FileTitle;
import cn.certsift.jobs.workbook.ListColumn;
import cn.certsift.jobs.workbook.ListSheet;
import cn.certsift.jobs.workbook.WorkbookStyles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;

/**
 * The workbook of one district for its inspectors: 问题清单, the open findings with Chinese headers and
 * labels (frozen, filterable, severity highlighted, evidence in full), the columns inspectors fill in
 * ({@link InspectorCells}, with drop-downs over whole columns), and 分类统计, the counts by finding type.
 * On paper 问题清单 prints what an inspector takes on site — who, which certificate, why, and room for the
 * result; the codes, dates and registry details stay on screen. With masking, ID numbers are masked and
 * so are the certificate numbers and evidence that carry them. Streams rows to disk as they come (SXSSF),
 * so a large district does not fill memory.
 */
final class DistrictWorkbook implements AutoCloseable {

    static final String FINDINGS_SHEET = "问题清单";
    private static final int ROWS_IN_MEMORY = 200;
    private static final String SEVERITY = "严重程度";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final WorkbookStyles styles = new WorkbookStyles(workbook);
    private final FileTitle file;
    private final InspectorColumns inspectorColumns;
    private final ListSheet<Row> findings;
    private final int severityColumn;
    private final Map<Severity, CellStyle> severityStyles = new EnumMap<>(Severity.class);
    private final Map<String, long[]> countsByCode = new LinkedHashMap<>();

    DistrictWorkbook(boolean fullIdNumbers, InspectorColumns inspectorColumns, FileTitle file) {
        this(fullIdNumbers, inspectorColumns, file, ListSheet.ROWS_PER_SHEET);
    }

    DistrictWorkbook(boolean fullIdNumbers, InspectorColumns inspectorColumns, FileTitle file, int rowsPerSheet) {
        this.file = file;
        this.inspectorColumns = inspectorColumns;
        Function<String, Function<Row, Object>> personal = column -> row -> fullIdNumbers ? row.getAs(column)
                : EmbeddedIdNumbers.mask(row.getAs(column), (String) row.getAs("id_no"));
        List<ListColumn<Row>> onPaper = List.of(
                ListColumn.of("问题编号", 20, ColumnKind.CODE, row -> row.getAs("finding_id")),
                ListColumn.text("问题类型", 14, row -> FindingCatalog.chineseName(row.getAs("finding_code"))),
                ListColumn.text(SEVERITY, 6, row -> Severity.ofLabel(row.getAs("severity")).chinese()),
                ListColumn.text("单位名称", 14, row -> row.getAs("employer_name")),
                ListColumn.text("姓名", 8, row -> row.getAs("name")),
                ListColumn.text("身份证号", 22, row -> fullIdNumbers ? row.getAs("id_no") : ResidentIdNumber.mask(row.getAs("id_no"))),
                ListColumn.text("岗位", 8, row -> row.getAs("post")),
                ListColumn.text("证书编号", 22, personal.apply("cert_no")),
                ListColumn.text("核查依据", 44, personal.apply("evidence")));
        List<ListColumn<Row>> onScreen = List.of(
                ListColumn.<Row>text("状态", 8, row -> statusLabel(row.getAs("status"))).screenOnly(),
                ListColumn.<Row>of("首次发现", 12, ColumnKind.DATE, row -> row.getAs("first_seen")).screenOnly(),
                ListColumn.<Row>text("所属区县", 10, row -> row.getAs("district")).screenOnly(),
                ListColumn.<Row>text("统一社会信用代码", 20, row -> row.getAs("employer_uscc")).screenOnly(),
                ListColumn.<Row>text("比对部门", 10, row -> departmentLabel(row.getAs("matched_department"))).screenOnly(),
                ListColumn.<Row>text("比对证书编号", 22, personal.apply("matched_cert_no")).screenOnly(),
                ListColumn.<Row>of("问题代码", 12, ColumnKind.CODE, row -> row.getAs("finding_code")).screenOnly(),
                ListColumn.<Row>text("线索簇", 12, row -> row.getAs("cluster_id")).screenOnly());
        List<ListColumn<Row>> columns = Stream.of(onPaper, InspectorCells.columns(inspectorColumns), onScreen)
                .flatMap(List::stream).toList();
        this.severityColumn = columns.stream().map(ListColumn::header).toList().indexOf(SEVERITY);
        this.findings = new ListSheet<>(workbook, styles, file, FINDINGS_SHEET, columns, rowsPerSheet);
        severityStyles.put(Severity.HIGH, styles.filled(IndexedColors.ROSE));
        severityStyles.put(Severity.MEDIUM, styles.filled(IndexedColors.LIGHT_ORANGE));
        severityStyles.put(Severity.LOW, styles.filled(IndexedColors.LIGHT_YELLOW));
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
        findings.add(finding).getCell(severityColumn)
                .setCellStyle(severityStyles.get(Severity.ofLabel(finding.getAs("severity"))));
    }

    long openFindings() {
        return findings.records();
    }

    void writeTo(Path target) throws IOException {
        findings.finish();
        workbook.setActiveSheet(0);
        writeCountsSheet();
        InspectorCells.writeListsSheet(workbook, inspectorColumns);
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    /** A row of 分类统计: a finding code and its counts of new, continuing and resolved findings. */
    private record CodeCounts(String code, String type, String severity, long[] counts) {
    }

    private void writeCountsSheet() {
        ListSheet<CodeCounts> sheet = new ListSheet<>(workbook, styles, file, "分类统计", List.of(
                ListColumn.text("问题类型", 40, CodeCounts::type),
                ListColumn.text(SEVERITY, 6, CodeCounts::severity),
                ListColumn.of("新发现", 8, ColumnKind.INTEGER, c -> c.counts()[0]),
                ListColumn.of("持续存在", 8, ColumnKind.INTEGER, c -> c.counts()[1]),
                ListColumn.of("已消除", 8, ColumnKind.INTEGER, c -> c.counts()[2]),
                ListColumn.of("合计（未消除）", 10, ColumnKind.INTEGER, c -> c.counts()[0] + c.counts()[1]),
                ListColumn.<CodeCounts>of("问题代码", 12, ColumnKind.CODE, CodeCounts::code).screenOnly()));
        long[] total = new long[3];
        for (Map.Entry<String, long[]> entry : countsByCode.entrySet()) {
            long[] n = entry.getValue();
            sheet.add(new CodeCounts(entry.getKey(), FindingCatalog.chineseName(entry.getKey()),
                    FindingCatalog.severity(entry.getKey()).chinese(), n));
            for (int i = 0; i < total.length; i++) {
                total[i] += n[i];
            }
        }
        sheet.addTotal(new CodeCounts("", "合计", "", total));
        sheet.finish();
    }

    private static int statusIndex(String status) {
        return switch (status) {
            case FindingColumns.NEW -> 0;
            case FindingColumns.OPEN -> 1;
            case FindingColumns.RESOLVED -> 2;
            default -> throw new IllegalArgumentException("unknown finding status '" + status + "'");
        };
    }

    private static String statusLabel(String status) {
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
