package cn.certsift.jobs.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.jobs.cases.CaseRecord;
import cn.certsift.jobs.clues.ClueColumns;
import cn.certsift.jobs.export.ClueWorkbook;
import cn.certsift.jobs.export.FindingsWorkbook;
import cn.certsift.jobs.export.InspectorColumns;
import cn.certsift.jobs.export.InspectorWorkbooks;
import cn.certsift.jobs.io.CsvRecords;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.matching.FindingColumns;
import cn.certsift.jobs.reports.CaseHistory;
import cn.certsift.jobs.reports.ConfTables;
import cn.certsift.jobs.reports.MonthlyForm;
import cn.certsift.jobs.reports.QuarterlyStatistics;
import cn.certsift.jobs.reports.ReportFiles;
import cn.certsift.jobs.reports.ReportPeriod;
import cn.certsift.jobs.workbook.OfficeRendering.Rendered;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of workbook the project writes, generated from fixtures, rendered by LibreOffice to PDF and
 * read back as a reader would see it (pages, text, charts). The PDFs stay in
 * {@code target/rendered-workbooks/} to be looked at.
 */
class WorkbookRenderingTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);
    private static final Path FOLDER = Path.of("target", "rendered-workbooks");
    private static final List<String> DISTRICTS = List.of("蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市");
    private static Map<String, Rendered> rendered;

    @BeforeAll
    static void renderEveryKindOfWorkbook() throws Exception {
        Folders.deleteRecursively(FOLDER);
        Path workbooks = FOLDER.resolve("xlsx");
        Files.createDirectories(workbooks);
        List<Row> findings = findings();
        new InspectorWorkbooks(false, inspectorColumns(), RUN_DATE).write(findings.iterator(), workbooks.resolve("inspectors"));
        try (FindingsWorkbook analysts = new FindingsWorkbook(RUN_DATE)) {
            findings.forEach(analysts::add);
            analysts.publish(workbooks.resolve("findings.xlsx"));
        }
        ClueWorkbook.write(clues().iterator(), workbooks.resolve("clues.xlsx"), RUN_DATE);
        List<CaseRecord> history = sevenDistricts();
        ReportFiles.write(new MonthlyForm(ConfTables.cases(), ConfTables.posts()).build(history, YearMonth.of(2026, 11), RUN_DATE),
                workbooks, "monthly.xlsx");
        QuarterlyStatistics quarterly = new QuarterlyStatistics(ConfTables.cases().quarterly());
        ReportFiles.write(quarterly.build(history, ReportPeriod.quarter("2026-Q4"), RUN_DATE), workbooks, "quarterly.xlsx");
        ReportFiles.write(quarterly.build(List.of(), ReportPeriod.quarter("2026-Q4"), RUN_DATE), workbooks, "quarterly-empty.xlsx");
        List<Path> files;
        try (Stream<Path> all = Files.walk(workbooks)) {
            files = all.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        rendered = new java.util.TreeMap<>();
        for (Rendered pdf : OfficeRendering.render(files, FOLDER.resolve("pdf"))) {
            rendered.put(pdf.workbook().getFileName().toString(), pdf);
        }
    }

    @Test
    void districtWorkbooksPrintWhatInspectorsNeedInFullWithNothingUnmasked() throws Exception {
        List<String> problems = new ArrayList<>(RenderingChecks.published(rendered.get("蓬江区.xlsx"), Map.of("问题清单", 8)));
        problems.addAll(RenderingChecks.published(rendered.get("开平市.xlsx"), Map.of()));
        assertEquals(List.of(), problems);
    }

    @Test
    void theAnalystsFindingsWorkbookShowsEveryFindingWhole() throws Exception {
        Rendered workbook = rendered.get("findings.xlsx");
        List<String> problems = new ArrayList<>(RenderingChecks.pages(workbook, Map.of("findings", 3)));
        problems.addAll(RenderingChecks.cutText(workbook));
        assertEquals(List.of(), problems, "full ID numbers and codes belong in the analysts' file");
    }

    @Test
    void theClueWorkbookShowsEveryClueWhole() throws Exception {
        Rendered workbook = rendered.get("clues.xlsx");
        List<String> problems = new ArrayList<>(RenderingChecks.pages(workbook, Map.of("线索清单", 4)));
        problems.addAll(RenderingChecks.cutText(workbook));
        problems.addAll(RenderingChecks.internalTerms(workbook));
        assertEquals(List.of(), problems, "links stay as observed, whatever number they carry: police follow them");
    }

    @Test
    void theMonthlyFormPrintsOnOnePageWideWithItsNotesWhole() throws Exception {
        assertEquals(List.of(), RenderingChecks.published(rendered.get("monthly.xlsx"), Map.of("填报说明", 2)));
    }

    @Test
    void theQuarterlyStatisticsChartsRenderWithTheirFiguresAndEachSheetOnAPage() throws Exception {
        List<String> problems = new ArrayList<>(RenderingChecks.published(rendered.get("quarterly.xlsx"), Map.of("典型案例", 2)));
        problems.addAll(RenderingChecks.published(rendered.get("quarterly-empty.xlsx"), Map.of()));
        problems.addAll(RenderingChecks.charts(rendered.get("quarterly.xlsx"), 4));
        problems.addAll(RenderingChecks.charts(rendered.get("quarterly-empty.xlsx"), 2));
        assertEquals(List.of(), problems);
    }

    /**
     * The fixture's findings (two districts of the sample, with some continuing, one resolved), sorted by
     * district; a contract column the fixture lacks stays empty.
     */
    private static List<Row> findings() throws Exception {
        StructType schema = new StructType();
        for (String column : FindingColumns.CONTRACT) {
            schema = schema.add(column, column.equals("run_date") || column.equals("first_seen") ? DataTypes.DateType : DataTypes.StringType);
        }
        List<Row> rows = new ArrayList<>();
        List<Map<String, String>> records = CsvRecords.read(resource("findings.csv"), List.of("finding_id", "evidence"));
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> record = records.get(i);
            Object[] values = new Object[FindingColumns.CONTRACT.size()];
            for (int c = 0; c < values.length; c++) {
                String column = FindingColumns.CONTRACT.get(c);
                String value = record.get(column);
                values[c] = value == null || value.isEmpty() ? null
                        : schema.fields()[c].dataType() == DataTypes.DateType ? java.sql.Date.valueOf(value) : value;
            }
            values[FindingColumns.CONTRACT.indexOf("status")] = i % 7 == 3 ? FindingColumns.OPEN : i == 5 ? FindingColumns.RESOLVED
                    : FindingColumns.NEW;
            rows.add(new GenericRowWithSchema(values, schema));
        }
        rows.sort(Comparator.comparing(row -> row.<String>getAs("district")));
        return rows;
    }

    private static List<Row> clues() throws Exception {
        StructType schema = ClueColumns.SCHEMA;
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> record : CsvRecords.read(resource("clues.csv"), ClueColumns.OUTPUT)) {
            Object[] values = new Object[schema.fields().length];
            for (int c = 0; c < values.length; c++) {
                StructField field = schema.fields()[c];
                String value = record.get(field.name());
                values[c] = value == null || value.isEmpty() ? null
                        : field.dataType() == DataTypes.DoubleType ? Double.valueOf(value) : value;
            }
            rows.add(new GenericRowWithSchema(values, schema));
        }
        return rows;
    }

    /** The hand-made case history, once in each of seven districts. */
    private static List<CaseRecord> sevenDistricts() {
        List<CaseRecord> history = new ArrayList<>();
        for (String district : DISTRICTS) {
            for (CaseRecord c : CaseHistory.november2026()) {
                history.add(new CaseRecord(c.findingId() + district, c.code(), c.severity(), district, c.employerUscc() + district,
                        c.employerName(), c.industry(), c.name(), c.idNo(), c.post(), c.certNo(), c.firstSeen(), c.closedOn(),
                        c.firstExported(), c.verification()));
            }
        }
        return history;
    }

    private static InspectorColumns inspectorColumns() {
        return new InspectorColumns(List.of("责令整改", "停产整顿", "罚款", "移送公安", "吊销证书", "责令整改+罚款", "停产整顿+罚款", "无需处理"),
                LocalDate.of(2024, 5, 12), new BigDecimal("5000000"), Map.of());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WorkbookRenderingTests.class.getResource("/workbooks/" + name).toURI());
    }
}
