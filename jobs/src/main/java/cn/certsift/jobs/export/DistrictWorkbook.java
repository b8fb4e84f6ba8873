package cn.certsift.jobs.export;

import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.common.finding.Severity;
import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.Department;
import cn.certsift.jobs.io.SpreadsheetSafe;
import cn.certsift.jobs.io.TextWidth;
import cn.certsift.jobs.matching.FindingColumns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;

/**
 * The workbook of one district for its inspectors: a sheet of open findings with Chinese headers (frozen,
 * filterable, columns sized to their content, severity highlighted), followed by the columns inspectors
 * fill in ({@link InspectorColumns}), and a sheet of counts by finding code. Streams rows to disk as they
 * come (SXSSF), so a large district does not fill memory.
 */
final class DistrictWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_WIDTH = 60;
    private static final int EVIDENCE_WIDTH = 80;

    private record Column(String header, Function<Row, String> value) {
    }

    private final List<Column> columns;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    /** An XLSX sheet holds 1,048,576 rows; a district with more open findings continues on further sheets. */
    static final int ROWS_PER_SHEET = 1_048_575;

    private final int rowsPerSheet;
    private final InspectorCells inspectorCells;
    private int findingSheets;
    private Sheet findings;
    private final CellStyle headerStyle;
    private final CellStyle wrapStyle;
    private final Map<Severity, CellStyle> severityStyles = new LinkedHashMap<>();
    private final int[] widths;
    private final Map<String, long[]> countsByCode = new LinkedHashMap<>();
    private int nextRow = 1;
    private long openFindings;

    DistrictWorkbook(boolean fullIdNumbers, InspectorColumns inspectorColumns) {
        this(fullIdNumbers, inspectorColumns, ROWS_PER_SHEET);
    }

    DistrictWorkbook(boolean fullIdNumbers, InspectorColumns inspectorColumns, int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
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
                new Column("核查依据", row -> row.getAs("evidence")));
        this.widths = new int[columns.size()];
        this.headerStyle = headerStyle();
        this.inspectorCells = new InspectorCells(inspectorColumns, workbook, headerStyle);
        this.wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
        wrapStyle.setVerticalAlignment(VerticalAlignment.TOP);
        severityStyles.put(Severity.HIGH, fill(IndexedColors.ROSE));
        severityStyles.put(Severity.MEDIUM, fill(IndexedColors.LIGHT_ORANGE));
        severityStyles.put(Severity.LOW, fill(IndexedColors.LIGHT_YELLOW));
        for (String code : FindingCatalog.codes()) {
            countsByCode.put(code, new long[3]);
        }
        startFindingsSheet();
    }

    private void startFindingsSheet() {
        findingSheets++;
        findings = workbook.createSheet(findingSheets == 1 ? "问题清单" : "问题清单(" + findingSheets + ")");
        writeRow(findings, 0, columns.stream().map(Column::header).toList(), headerStyle);
        inspectorCells.writeHeaders(findings.getRow(0), columns.size());
        nextRow = 1;
    }

    /** Adds a finding: open ones to the list, every one to the counts. */
    void add(Row finding) {
        String status = finding.getAs("status");
        long[] counts = countsByCode.get((String) finding.getAs("finding_code"));
        counts[statusIndex(status)]++;
        if (FindingColumns.RESOLVED.equals(status)) {
            return;
        }
        if (nextRow > rowsPerSheet) {
            finishFindingsSheet();
            startFindingsSheet();
        }
        openFindings++;
        org.apache.poi.ss.usermodel.Row row = findings.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            String value = SpreadsheetSafe.cell(columns.get(i).value().apply(finding));
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            cell.setCellValue(value);
            widths[i] = Math.max(widths[i], TextWidth.of(value));
            if (i == 2) {
                cell.setCellStyle(severityStyles.get(Severity.ofLabel(finding.getAs("severity"))));
            } else if (i == columns.size() - 1) {
                cell.setCellStyle(wrapStyle);
            }
        }
        inspectorCells.writeCells(row, columns.size(), finding.getAs("finding_id"));
    }

    long openFindings() {
        return openFindings;
    }

    void writeTo(Path file) throws IOException {
        finishFindingsSheet();
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

    private void finishFindingsSheet() {
        findings.createFreezePane(0, 1);
        printOnA4Landscape(findings);
        findings.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        findings.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0,
                columns.size() + InspectorColumns.HEADERS.size() - 1));
        for (int i = 0; i < columns.size(); i++) {
            int width = Math.max(widths[i], TextWidth.of(columns.get(i).header())) + 2;
            int cap = i == columns.size() - 1 ? EVIDENCE_WIDTH : MAX_WIDTH;
            findings.setColumnWidth(i, Math.min(width, cap) * 256);
        }
        inspectorCells.sizeColumns(findings, columns.size());
        inspectorCells.validate(findings, 1, nextRow - 1, columns.size());
    }

    private void writeCountsSheet() {
        Sheet counts = workbook.createSheet("分类统计");
        List<String> header = List.of("问题代码", "问题类型", "严重程度", "新发现", "持续存在", "已消除", "合计（未消除）");
        writeRow(counts, 0, header, headerStyle);
        int rowIndex = 1;
        long[] total = new long[3];
        for (Map.Entry<String, long[]> entry : countsByCode.entrySet()) {
            long[] n = entry.getValue();
            writeRow(counts, rowIndex++, List.of(entry.getKey(), FindingCatalog.chineseName(entry.getKey()),
                    FindingCatalog.severity(entry.getKey()).chinese(), n[0], n[1], n[2], n[0] + n[1]), null);
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
        }
        writeRow(counts, rowIndex, List.of("合计", "", "", total[0], total[1], total[2], total[0] + total[1]), headerStyle);
        centreCountColumns(counts, rowIndex);
        counts.createFreezePane(0, 1);
        printOnA4Landscape(counts);
        int[] widthsOfCounts = {22, 44, 10, 10, 10, 10, 16};
        for (int i = 0; i < widthsOfCounts.length; i++) {
            counts.setColumnWidth(i, widthsOfCounts[i] * 256);
        }
    }

    /** Counts sit centred under their headers. */
    private void centreCountColumns(Sheet counts, int lastRow) {
        CellStyle centred = workbook.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        CellStyle centredHeader = workbook.createCellStyle();
        centredHeader.cloneStyleFrom(headerStyle);
        centredHeader.setAlignment(HorizontalAlignment.CENTER);
        for (int rowIndex = 0; rowIndex <= lastRow; rowIndex++) {
            boolean header = rowIndex == 0 || rowIndex == lastRow;
            for (int column = 2; column <= 6; column++) {
                counts.getRow(rowIndex).getCell(column).setCellStyle(header ? centredHeader : centred);
            }
        }
    }

    /** Inspectors print their lists: A4 landscape, all columns on one page width. */
    private static void printOnA4Landscape(Sheet sheet) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void writeRow(Sheet sheet, int index, List<?> values, CellStyle style) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private CellStyle headerStyle() {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private CellStyle fill(IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
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
