package cn.certsift.jobs.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.CertSiftApplication;
import cn.certsift.jobs.cases.feedback.FeedbackImport;
import cn.certsift.jobs.cases.feedback.FeedbackOutcome;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The case store's behaviour, run on H2 ({@link H2CaseStoreTests}) and on PostgreSQL
 * ({@link PostgresCaseStoreTests}) with the same Flyway migrations: recording runs, feedback checks per
 * rule, idempotent re-import, the 不属实 suppression and the audit log.
 */
@SpringBootTest(classes = CertSiftApplication.class,
        args = {"--spring.config.additional-location=file:../conf/", "--certsift.home=.."})
abstract class CaseStoreContract {

    static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 20);
    static final LocalDate NIGHT_2 = LocalDate.of(2026, 11, 21);
    private static final Clock NOV_25 = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay(CaseStoreConfiguration.CHINA)
            .toInstant(), CaseStoreConfiguration.CHINA);

    @Autowired
    CaseStore store;
    @Autowired
    CaseRecorder recorder;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    CasesProperties cases;

    @TempDir
    Path folder;

    @BeforeEach
    void emptyStore() {
        jdbc.update("DELETE FROM verifications");
        jdbc.update("DELETE FROM audit_log");
        jdbc.update("DELETE FROM cases");
    }

    static RecordedFinding finding(String id, String code, String status, String evidence) {
        return new RecordedFinding(id, code, "high", "福田区", "914403001922038216", "华强电气", "建筑业", "刘洋", "440305199701014562",
                "电工", "T440305198602022343", "MEM", "T440305198602022343", evidence, status, NIGHT_1);
    }

    private CaseRecorder.Recorded record(LocalDate runDate, RecordedFinding... findings) {
        return recorder.record(Arrays.asList(findings).iterator(), runDate, f -> !f.resolved());
    }

    private FeedbackOutcome importFeedback(Path... files) throws Exception {
        return new FeedbackImport(store, auditLog, transactionManager, cases, NOV_25).importFiles(List.of(files));
    }

    private Map<String, Map<String, Object>> casesById() {
        return jdbc.queryForList("SELECT * FROM cases").stream()
                .collect(Collectors.toMap(row -> (String) row.get("finding_id"), row -> row));
    }

    @Test
    void theMigrationsCreateTheCaseStoreBesideTheJobRepository() {
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND \"success\" = TRUE",
                Integer.class));
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE 1 = 0", Integer.class));
    }

    @Test
    void runsOpenUpdateAndCloseCasesAndRecordingTwiceChangesNothing() {
        CaseRecorder.Recorded first = record(NIGHT_1, finding("F1", "HOLDER_MISMATCH", "NEW", "e1"),
                finding("F2", "NO_CERT", "NEW", "e2"));
        assertEquals(new CaseRecorder.Recorded(2, 0, 0, 0), first);
        assertEquals(new CaseRecorder.Recorded(0, 1, 1, 0), record(NIGHT_2, finding("F1", "HOLDER_MISMATCH", "OPEN", "e1b"),
                finding("F2", "NO_CERT", "RESOLVED", "e2")));
        Map<String, Map<String, Object>> night2 = casesById();
        assertEquals(new CaseRecorder.Recorded(0, 1, 1, 0), record(NIGHT_2, finding("F1", "HOLDER_MISMATCH", "OPEN", "e1b"),
                finding("F2", "NO_CERT", "RESOLVED", "e2")), "a restarted step records the same");
        assertEquals(night2, casesById(), "and changes nothing");
        assertEquals(new CaseRecorder.Recorded(0, 0, 0, 2), record(NIGHT_1, finding("F1", "HOLDER_MISMATCH", "NEW", "e1"),
                finding("F2", "NO_CERT", "NEW", "e2")), "an older run replayed later changes nothing");
        assertEquals(night2, casesById());

        Map<String, Object> f1 = night2.get("F1");
        assertEquals("OPEN", f1.get("state"));
        assertEquals("e1b", f1.get("evidence"));
        assertEquals("建筑业", f1.get("industry"));
        assertEquals(LocalDate.of(2026, 11, 21), ((java.sql.Date) f1.get("last_seen")).toLocalDate());
        assertEquals(NIGHT_1, ((java.sql.Date) f1.get("first_exported")).toLocalDate());
        assertEquals(NIGHT_2, ((java.sql.Date) f1.get("last_exported")).toLocalDate());
        Map<String, Object> f2 = night2.get("F2");
        assertEquals("CLOSED", f2.get("state"));
        assertEquals(NIGHT_2, ((java.sql.Date) f2.get("closed_on")).toLocalDate());
    }

    @Test
    void eachFeedbackRuleRejectsItsRowWithAChineseReasonAndTheRestIsApplied() throws Exception {
        record(NIGHT_1, finding("F1", "HOLDER_MISMATCH", "NEW", "e1"), finding("F2", "NO_CERT", "NEW", "e2"),
                finding("F3", "CERT_NOT_FOUND", "NEW", "e3"));
        LocalDate nov22 = LocalDate.of(2026, 11, 22);
        Path file = FilledWorkbook.write(folder.resolve("福田区.xlsx"), List.of(
                List.of("F1", "x", "属实", "责令整改+罚款", 5000, "张三", nov22, "已整改"),
                List.of("F9", "x", "属实", "责令整改", "", "张三", nov22, ""),
                List.of("F2", "x", "基本属实", "通报批评", "", "张三", nov22, ""),
                List.of("F2", "x", "属实", "罚款", -5, "张三", nov22, ""),
                List.of("F2", "x", "属实", "罚款", "五千", "张三", nov22, ""),
                List.of("F2", "x", "属实", "罚款", 99_999_999, "张三", nov22, ""),
                List.of("F2", "x", "属实", "责令整改", 300, "张三", nov22, ""),
                List.of("F2", "x", "属实", "罚款", "", "", LocalDate.of(2026, 11, 19), ""),
                List.of("F2", "x", "不属实", "停产整顿", "", "李四", "2026年11月30日", ""),
                List.of("F2", "x", "属实", "责令整改", "", "李四", "11月", ""),
                List.of("F3", "x", "不属实", "", "", "李四", "2026/11/23", "证书经核实为真"),
                List.of("F2", "x", "", "", "", "", "", "")));
        FeedbackOutcome outcome = importFeedback(file);

        FeedbackOutcome.FileOutcome result = outcome.files().get(0);
        assertEquals(11, result.filled());
        assertEquals(2, result.applied());
        assertEquals(1, result.unfilled(), "a row with nothing filled in is a finding not verified yet");
        Map<Long, String> reasons = result.problems().stream().collect(Collectors.toMap(
                p -> Long.parseLong(p.place().replaceAll(".*第(\\d+)行", "$1")), p -> String.join("；", p.reasons())));
        assertEquals(Map.of(
                3L, "问题编号 F9 在案件库中不存在",
                4L, "核查结果“基本属实”不在下拉列表中（属实、不属实、无法核实）；处理措施“通报批评”不在下拉列表中",
                5L, "罚款金额(元)不能为负数：-5",
                6L, "罚款金额(元)“五千”不是数字",
                7L, "罚款金额(元) 99999999 超过上限 5000000 元，请核对",
                8L, "填写了罚款金额 300 元，但处理措施“责令整改”不含罚款",
                9L, "处理措施“罚款”含罚款，但未填写罚款金额(元)；核查人未填写；核查日期 2026-11-19 早于该问题导出给核查人员的日期 2026-11-20",
                10L, "核查结果为“不属实”，处理措施只能为空或“无需处理”，不能是“停产整顿”；核查日期 2026-11-30 晚于今天 2026-11-25",
                11L, "核查日期“11月”不是有效日期（如 2026-11-25）"), reasons);
        assertFalse(outcome.clean());

        Map<String, StoredVerification> latest = store.latestVerifications();
        assertEquals(new Verification(VerificationResult.CONFIRMED, "责令整改+罚款", new BigDecimal("5000.00"), "张三", nov22, "已整改"),
                latest.get("F1").verification());
        assertEquals(VerificationResult.REFUTED, latest.get("F3").verification().result());
        assertNull(latest.get("F2"), "no row of F2 passed");
    }

    @Test
    void importingTheSameWorkbookTwiceChangesNothingAndBothImportsAreAudited() throws Exception {
        record(NIGHT_1, finding("F1", "HOLDER_MISMATCH", "NEW", "e1"));
        Path file = FilledWorkbook.write(folder.resolve("福田区.xlsx"), List.of(
                List.of("F1", "x", "属实", "罚款", 2000, "张三", LocalDate.of(2026, 11, 22), "")));
        assertEquals(1, importFeedback(file).applied());
        List<Map<String, Object>> after = jdbc.queryForList("SELECT * FROM verifications");

        FeedbackOutcome again = importFeedback(file);
        assertTrue(again.clean());
        assertEquals(0, again.applied());
        assertEquals(1, again.files().get(0).unchanged());
        assertEquals(after, jdbc.queryForList("SELECT * FROM verifications"), "the second import changes nothing");

        List<AuditEntry> audit = auditLog.recent(10);
        assertEquals(2, audit.size());
        assertTrue(audit.stream().allMatch(e -> e.action() == AuditEntry.Action.FEEDBACK && e.rows() == 1
                && e.district().equals("福田区") && e.file().endsWith("福田区.xlsx")
                && e.osUser().equals(System.getProperty("user.name"))), audit.toString());
    }

    @Test
    void aFindingVerifiedFalseIsNotExportedAgainUntilItsFactsChange() throws Exception {
        String evidence = "证书编号 T440305198602022343 在应急管理部门证书库中登记的持证人为 李强";
        RecordedFinding night1 = finding("F1", "HOLDER_MISMATCH", "NEW", evidence);
        record(NIGHT_1, night1);
        importFeedback(FilledWorkbook.write(folder.resolve("福田区.xlsx"), List.of(
                List.of("F1", "x", "不属实", "无需处理", "", "李四", LocalDate.of(2026, 11, 23), "持证人姓名录入错误"))));

        ExportSuppression suppression = new ExportSuppression(store.latestVerifications());
        assertTrue(suppression.suppresses(finding("F1", "HOLDER_MISMATCH", "OPEN", evidence)), "same facts: not exported");
        assertFalse(suppression.exports(finding("F1", "HOLDER_MISMATCH", "OPEN", evidence)));
        assertTrue(suppression.exports(finding("F1", "HOLDER_MISMATCH", "OPEN", evidence.replace("李强", "李刚"))),
                "the registry now names another holder: the finding goes to inspectors again");
        assertFalse(suppression.suppresses(finding("F9", "HOLDER_MISMATCH", "OPEN", evidence)));
    }

    @Test
    void anExportIsAuditedOnceWhateverTheRestarts() {
        AuditEntry export = new AuditEntry(java.time.Instant.now(), "root", AuditEntry.Action.EXPORT, "/out/inspectors/福田区.xlsx",
                "福田区", 9, "nightly", "export:42");
        auditLog.recordOnce(export);
        auditLog.recordOnce(export);
        assertEquals(List.of(export.file()), auditLog.recent(10).stream().map(AuditEntry::file).toList());
    }
}
