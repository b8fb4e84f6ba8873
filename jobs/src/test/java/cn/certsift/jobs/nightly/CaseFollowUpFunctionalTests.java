package cn.certsift.jobs.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.cases.AuditEntry;
import cn.certsift.jobs.cases.AuditLog;
import cn.certsift.jobs.cases.CaseRecord;
import cn.certsift.jobs.cases.CaseStore;
import cn.certsift.jobs.cases.feedback.FeedbackImport;
import cn.certsift.jobs.cases.feedback.FeedbackOutcome;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Two nights with a feedback import between them: cases, the inspectors' results and the suppression of 不属实. */
class CaseFollowUpFunctionalTests extends NightlyJobTestSupport {

    @Autowired
    private FeedbackImport feedback;
    @Autowired
    private CaseStore store;
    @Autowired
    private AuditLog auditLog;

    private final Path folder = temporaryFolder("certsift-cases");

    @Test
    void inspectorsResultsComeBackAndAFalseFindingIsNotSentAgain() throws Exception {
        Path input = copyOf("nightly/night1", folder.resolve("in"));
        Path first = folder.resolve("runs").resolve("2026-11-20");
        assertEquals(BatchStatus.COMPLETED, runs.run(input, first, NIGHT_1, null).getStatus());
        Map<String, String> idsByCode = new HashMap<>();
        findingsCsv(first).stream().filter(f -> f.get("district").equals("福田区"))
                .forEach(f -> idsByCode.put(f.get("finding_code"), f.get("finding_id")));
        String refuted = idsByCode.get("CERT_REVOKED");
        String confirmed = idsByCode.get("NO_CERT");

        Path filled = folder.resolve("福田区-已核查.xlsx");
        fill(first.resolve("inspectors").resolve("福田区.xlsx"), filled, Map.of(
                refuted, List.of("不属实", "无需处理", "", "李四", "2026-11-21", "证书状态为证书库录入错误"),
                confirmed, List.of("属实", "责令整改+罚款", "3000", "张三", "2026-11-21", "")));
        FeedbackOutcome outcome = feedback.importFiles(List.of(filled));
        assertTrue(outcome.clean(), outcome.toString());
        assertEquals(2, outcome.applied());
        assertEquals(0, feedback.importFiles(List.of(filled)).applied(), "importing it again changes nothing");

        Path second = folder.resolve("runs").resolve("2026-11-21");
        assertEquals(BatchStatus.COMPLETED, runs.run(input, second, NIGHT_2, null).getStatus());
        assertTrue(findingsCsv(second).stream().anyMatch(f -> f.get("finding_id").equals(refuted)),
                "analysts still see the finding in findings.csv");
        List<List<String>> listed = rows(second.resolve("inspectors").resolve("福田区.xlsx"));
        List<String> header = listed.get(0);
        assertTrue(listed.stream().noneMatch(row -> row.get(0).equals(refuted)), "verified 不属实 with the same facts: not sent again");
        List<String> confirmedRow = listed.stream().filter(row -> row.get(0).equals(confirmed)).findFirst().orElseThrow();
        assertEquals(List.of("属实", "责令整改+罚款", "3000.0", "张三"),
                confirmedRow.subList(header.indexOf("核查结果"), header.indexOf("核查日期")), "the latest result is shown");

        CaseRecord recorded = store.history().stream().filter(c -> c.findingId().equals(confirmed)).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 21), recorded.verification().verifiedOn());
        assertEquals(NIGHT_1, recorded.firstExported());
        List<AuditEntry> audit = auditLog.recent(20);
        assertEquals(2, audit.stream().filter(e -> e.action() == AuditEntry.Action.FEEDBACK).count());
        assertTrue(audit.stream().anyMatch(e -> e.action() == AuditEntry.Action.EXPORT && e.district().equals("福田区")
                && e.file().equals(second.resolve("inspectors").resolve("福田区.xlsx").toString())), audit.toString());
    }

    /** Fills the inspector columns of the given findings, as an inspector would in Excel. */
    private static void fill(Path exported, Path filled, Map<String, List<String>> results) throws Exception {
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("问题清单");
            List<String> header = cells(sheet.getRow(0));
            int firstColumn = header.indexOf("核查结果");
            for (Row row : sheet) {
                List<String> values = results.get(row.getCell(0).getStringCellValue());
                for (int i = 0; values != null && i < values.size(); i++) {
                    row.getCell(firstColumn + i).setCellValue(values.get(i));
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
    }

    private static List<List<String>> rows(Path workbookFile) throws Exception {
        try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<List<String>> rows = new ArrayList<>();
            workbook.getSheet("问题清单").forEach(row -> rows.add(cells(row)));
            return rows;
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : row.getCell(c).toString());
        }
        return cells;
    }
}
