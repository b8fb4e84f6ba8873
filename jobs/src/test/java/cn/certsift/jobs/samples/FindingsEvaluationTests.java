package cn.certsift.jobs.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsEvaluationTests {

    private static final String RUN_HEADER = "finding_id,run_date,finding_code,severity,district,employer_uscc,employer_name,"
            + "name,id_no,post,cert_no,matched_department,matched_cert_no,evidence,status,first_seen";
    private static final String USCC = "91440703MA4UQ1XX2K";
    private static final String ID = "440703198503071234";
    private static final String OTHER_ID = "44070319900101002X";

    @TempDir
    Path folder;

    @Test
    void countsTruePositivesFalsePositivesAndFalseNegativesPerCode() throws Exception {
        Path run = write("findings.csv", "\uFEFF" + RUN_HEADER,
                row("f1", "CERT_EXPIRED", USCC, ID, "T" + ID, "证书已于2026年11月19日过期，见应急管理部门证书库", "NEW"),
                row("f2", "CERT_EXPIRED", USCC, OTHER_ID, "T" + OTHER_ID, "\"有效期止\"为\n2025-01-01", "OPEN"),
                row("f3", "NO_CERT", USCC, ID, "", "未持证", "NEW"),
                row("f4", "NO_CERT", USCC, OTHER_ID, "", "未持证", "NEW"));
        Path expected = write("expected-findings.csv", "finding_code,employer_uscc,id_no,cert_no,case",
                "CERT_EXPIRED," + USCC + "," + ID + ",T" + ID + ",expired",
                "NO_CERT," + USCC + "," + ID + ",,no_cert_holds_nothing",
                "HOLDER_MISMATCH," + USCC + "," + ID + ",粤J012019000123,holder_mismatch");

        FindingsEvaluation.Evaluation evaluation = FindingsEvaluation.compare(FindingsFiles.readRun(run),
                FindingsFiles.readExpected(expected));

        assertEquals(List.of("HOLDER_MISMATCH", "CERT_EXPIRED", "NO_CERT"),
                evaluation.codes().stream().map(FindingsEvaluation.CodeScore::code).toList(), "the contract's order");
        assertScore(evaluation.codes().get(0), 0, 0, 1, Double.NaN, 0.0);
        assertScore(evaluation.codes().get(1), 1, 1, 0, 0.5, 1.0);
        assertScore(evaluation.codes().get(2), 1, 1, 0, 0.5, 1.0);
        assertScore(evaluation.total(), 2, 2, 1, 0.5, 2.0 / 3);
        assertEquals(List.of(FindingKey.of("HOLDER_MISMATCH", USCC, ID, "粤J012019000123")),
                evaluation.codes().get(0).falseNegativeExamples());
        assertEquals(List.of(FindingKey.of("CERT_EXPIRED", USCC, OTHER_ID, "T" + OTHER_ID)),
                evaluation.codes().get(1).falsePositiveExamples());
    }

    @Test
    void resolvedFindingsAreNotRaisedAndRepeatedOnesCountOnce() throws Exception {
        Path run = write("findings.csv", RUN_HEADER,
                row("f1", "CERT_REVOKED", USCC, ID, "T" + ID, "已注销", "NEW"),
                row("f1b", "CERT_REVOKED", USCC, ID, "T" + ID, "已注销", "OPEN"),
                row("f2", "CERT_SHARED", USCC, OTHER_ID, "T" + ID, "多人使用", "RESOLVED"));
        Path expected = write("expected.csv", "finding_code,employer_uscc,id_no,cert_no,case",
                "CERT_REVOKED," + USCC + "," + ID + ",T" + ID + ",revoked");

        FindingsEvaluation.Evaluation evaluation = FindingsEvaluation.compare(FindingsFiles.readRun(run),
                FindingsFiles.readExpected(expected));

        assertEquals(1, evaluation.codes().size());
        assertScore(evaluation.total(), 1, 0, 0, 1.0, 1.0);
    }

    @Test
    void keysCompareAsTheContractNormalisesValues() throws Exception {
        String legacyId = ID.substring(0, 6) + ID.substring(8, 17);
        Path run = write("findings.csv", RUN_HEADER,
                row("f1", "CERT_NO_TYPO", " 91440703ma4uq1xx2k", legacyId, "ｔ" + ID, "疑似录入错误", "NEW"));
        Path expected = write("expected.csv", "finding_code,employer_uscc,id_no,cert_no,case",
                "CERT_NO_TYPO," + USCC + "," + cn.certsift.common.id.ResidentIdNumber.upgrade(legacyId) + ",T" + ID + ",typo");

        FindingsEvaluation.CodeScore total = FindingsEvaluation.compare(FindingsFiles.readRun(run),
                FindingsFiles.readExpected(expected)).total();

        assertScore(total, 1, 0, 0, 1.0, 1.0);
    }

    @Test
    void examplesAreCappedAtTen() {
        List<FindingKey> found = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> FindingKey.of("INVALID_ID", USCC, String.format("4407031985030712%02d", i), "")).toList();

        FindingsEvaluation.CodeScore score = FindingsEvaluation.compare(found, List.of()).codes().get(0);

        assertEquals(25, score.falsePositives());
        assertEquals(FindingsEvaluation.EXAMPLES, score.falsePositiveExamples().size());
    }

    @Test
    void aFileWithoutAKeyColumnIsRefusedByName() throws Exception {
        Path run = write("findings.csv", "finding_code,employer_uscc,id_no,status", "NO_CERT," + USCC + "," + ID + ",NEW");

        IOException refused = assertThrows(IOException.class, () -> FindingsFiles.readRun(run));

        assertTrue(refused.getMessage().contains("has no column cert_no"), refused.getMessage());
    }

    private static void assertScore(FindingsEvaluation.CodeScore score, long tp, long fp, long fn, double precision,
                                    double recall) {
        assertEquals(List.of(tp, fp, fn), List.of(score.truePositives(), score.falsePositives(), score.falseNegatives()),
                score.code() + " TP, FP, FN");
        assertEquals(precision, score.precision(), 1e-9, score.code() + " precision");
        assertEquals(recall, score.recall(), 1e-9, score.code() + " recall");
    }

    private static String row(String id, String code, String uscc, String idNo, String certNo, String evidence, String status) {
        return String.join(",", id, "2026-11-20", code, "high", "蓬江区", uscc, "江门市恒达建筑工程有限公司", "王伟", idNo, "电工",
                certNo, "MEM", certNo, '"' + evidence.replace("\"", "\"\"") + '"', status, "2026-11-20");
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
