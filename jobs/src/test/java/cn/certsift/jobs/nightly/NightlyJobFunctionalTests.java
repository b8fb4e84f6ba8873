package cn.certsift.jobs.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.spark.SparkExtension;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

class NightlyJobFunctionalTests extends NightlyJobTestSupport {

    private final Path folder = temporaryFolder("certsift-nightly");

    @Test
    void oneNightIngestsMatchesEveryFindingCodeAndExports() throws Exception {
        Path output = folder.resolve("out").resolve(NIGHT_1.toString());
        JobExecution execution = runs.run(copyOf("nightly/night1", folder.resolve("in")), output, NIGHT_1, null);

        assertEquals(BatchStatus.COMPLETED, execution.getStatus(), () -> NightlyRuns.failureReason(execution));
        RunSummary summary = RunSummary.read(output.resolve("run-summary.json"));
        assertEquals("2026-11-20", summary.runDate());
        summary.sources().forEach((source, counts) ->
                assertEquals(counts.read(), counts.accepted() + counts.quarantined(), source + ": read = accepted + quarantined"));
        assertEquals(new RunSummary.SourceCounts(1, 18, 17, 1), summary.sources().get("roster"));

        Map<String, Long> expected = new TreeMap<>();
        FindingCatalog.codes().forEach(code -> expected.put(code, 1L));
        expected.put("CERT_MULTI_EMPLOYER", 2L);
        assertEquals(expected, new TreeMap<>(summary.findings()));

        List<Map<String, String>> findings = findingsCsv(output);
        assertEquals(12, findings.size());
        assertEquals(Map.of("刘洋", 2L), countByName(findings, "HOLDER_MISMATCH", "CERT_SHARED"),
                "the borrower's row, not the holder's, is shared and a mismatch");
        assertEquals(Map.of("孙丽", 1L), countByName(findings, "INVALID_ID"), "a mistyped ID with the holder's name is INVALID_ID only");
        assertEquals(Map.of("王伟", 1L), countByName(findings, "CERT_NO_TYPO"));
        assertTrue(findings.stream().allMatch(f -> f.get("status").equals("NEW") && f.get("first_seen").equals("2026-11-20")));
        assertTrue(findings.stream().noneMatch(f -> f.get("name").equals("周杰") && f.get("cert_no").equals("T440305000000000000")),
                "a worker who left raises nothing");
        assertTrue(summary.warnings().stream().anyMatch(w -> w.contains("岗位不在岗位表中") && w.contains("无人机飞手(1)")),
                summary.warnings().toString());
        try (Stream<Path> workbooks = Files.list(output.resolve("inspectors"))) {
            assertEquals(List.of("南山区.xlsx", "福田区.xlsx"), workbooks.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (InputStream in = Files.newInputStream(output.resolve("findings.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(findings.size() + 1, workbook.getSheet("findings").getPhysicalNumberOfRows(), "findings.xlsx beside findings.csv");
        }
        assertTrue(Files.readString(output.resolve("quarantine/roster.csv"), StandardCharsets.UTF_8).contains("缺少必填字段“姓名”"));
    }

    @Test
    void oneNightScreensTheWebAddressesAndListingsIntoClues() throws Exception {
        Path output = folder.resolve("clues-out");
        JobExecution execution = runs.run(copyOf("nightly/night1", folder.resolve("clues-in")), output, NIGHT_1, null);
        assertEquals(BatchStatus.COMPLETED, execution.getStatus(), () -> NightlyRuns.failureReason(execution));

        RunSummary summary = RunSummary.read(output.resolve("run-summary.json"));
        assertEquals(new RunSummary.SourceCounts(1, 4, 3, 1), summary.sources().get("domains"));
        assertEquals(new RunSummary.SourceCounts(1, 3, 3, 0), summary.sources().get("listings"));
        assertEquals(Map.of("FAKE_SITE", 2L, "ILLEGAL_LISTING", 2L), summary.clues());
        assertTrue(Files.readString(output.resolve("quarantine/domains.csv"), StandardCharsets.UTF_8).contains("网址“见截图”不是网址"));

        List<Map<String, String>> clues = csvRows(output.resolve("clues.csv"));
        assertEquals(List.of("http://cx.mem.gov.cn.zscx-query.com/verify?no=T440305198501011231", "https://www.cx-mem-gov.cn/zscx/",
                        "https://2.taobao.com/item.htm?id=6612345", "https://sz.58.com/peixun/123.shtml"),
                clues.stream().map(c -> c.get("subject")).toList(), "highest score first; the official site and the honest advert are no clues");
        assertTrue(clues.stream().allMatch(c -> Double.parseDouble(c.get("score")) >= 0.6));
        Map<String, String> forged = clues.get(2);
        assertEquals("ILLEGAL_LISTING", forged.get("kind"));
        assertEquals("手机 13812345678、微信 zscx-kefu01", forged.get("contacts"));
        assertTrue(forged.get("evidence").contains("宣称免考"), forged.get("evidence"));
        assertEquals(List.of(forged.get("cluster_id")), clues.stream().filter(c -> !c.get("cluster_id").isEmpty())
                        .map(c -> c.get("cluster_id")).distinct().toList(),
                "the fake site's WeChat, the forger's WeChat and phone, and the forklift seller's phone make one group");
        assertEquals("", clues.get(1).get("cluster_id"), "a site without contacts is in no group");
        try (InputStream in = Files.newInputStream(output.resolve("clues.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(5, workbook.getSheet("线索清单").getPhysicalNumberOfRows());
            assertEquals(clues.get(0).get("clue_id"), workbook.getSheet("线索清单").getRow(1).getCell(0).getStringCellValue());
        }
        assertEquals(4L, SparkExtension.session().read().parquet(output.resolve("clues").toString()).count());
    }

    @Test
    void aSecondNightMarksFindingsNewOpenOrResolvedAndKeepsTheirIds() throws Exception {
        Path input = copyOf("nightly/night1", folder.resolve("in"));
        Path first = folder.resolve("runs").resolve("2026-11-20");
        assertEquals(BatchStatus.COMPLETED, runs.run(input, first, NIGHT_1, null).getStatus());
        Map<String, Map<String, String>> night1 = byPersonCodeAndEmployer(findingsCsv(first));

        Path roster = input.resolve("roster_2026.csv");
        List<String> lines = Files.readAllLines(roster).stream().filter(line -> !line.contains(",马超,")).collect(Collectors.toList());
        lines.add("91330100716105852F,阿里建设,福田区,林峰," + lines.get(9).split(",")[4].replace("95111", "95112") + ",焊工,,");
        Files.write(roster, lines);
        Path second = folder.resolve("runs").resolve("2026-11-21");
        assertEquals(BatchStatus.COMPLETED, runs.run(input, second, NIGHT_2, null).getStatus(), "previous run found beside the output");

        List<Map<String, String>> findings = findingsCsv(second);
        Map<String, Map<String, String>> night2 = byPersonCodeAndEmployer(findings);
        assertEquals("RESOLVED", one(findings, "马超", "CERT_NOT_FOUND").get("status"));
        assertEquals("2026-11-20", one(findings, "马超", "CERT_NOT_FOUND").get("first_seen"));
        assertEquals("NEW", one(findings, "林峰", "NO_CERT").get("status"));
        assertEquals("2026-11-21", one(findings, "林峰", "NO_CERT").get("first_seen"));
        Map<String, String> stillOpen = one(findings, "何静", "NO_CERT");
        assertEquals("OPEN", stillOpen.get("status"));
        assertEquals("2026-11-20", stillOpen.get("first_seen"));
        assertEquals("2026-11-21", stillOpen.get("run_date"));
        night1.forEach((key, finding) -> assertEquals(finding.get("finding_id"), night2.get(key).get("finding_id"), key + " keeps its id"));
        assertEquals(13, findings.size(), "11 still open, 1 new, 1 resolved");
        assertEquals(12L, RunSummary.read(second.resolve("run-summary.json")).findings().values().stream()
                .mapToLong(Long::longValue).sum(), "the summary counts open findings only");
    }

    @Test
    void aFailedRunIsRestartedAtTheStepThatFailed() throws Exception {
        Path input = copyOf("nightly/night1", folder.resolve("partial-in"));
        Path samr = input.resolve("registry_samr.csv");
        Path aside = folder.resolve("registry_samr.csv");
        Files.move(samr, aside);
        Path output = folder.resolve("restart-out");

        JobExecution failed = runs.run(input, output, NIGHT_1, null);
        assertEquals(BatchStatus.FAILED, failed.getStatus());
        assertTrue(NightlyRuns.failureReason(failed).contains("registry_samr"), NightlyRuns.failureReason(failed));

        Files.move(aside, samr);
        JobExecution restarted = runs.restart(failed.getId());
        assertEquals(BatchStatus.COMPLETED, restarted.getStatus(), () -> NightlyRuns.failureReason(restarted));
        assertEquals(failed.getJobInstance().getInstanceId(), restarted.getJobInstance().getInstanceId());
        assertTrue(Files.exists(output.resolve("run-summary.json")));
        assertTrue(runs.recent(5).stream().anyMatch(e -> e.getId() == failed.getId()), "jobs lists the failed execution");

        JobExecution again = runs.run(input, output, NIGHT_1, null);
        assertEquals(BatchStatus.COMPLETED, again.getStatus(), "a completed run can be run again");
        assertTrue(again.getJobInstance().getInstanceId() != restarted.getJobInstance().getInstanceId(), "as a new attempt");
        assertEquals(12, findingsCsv(output).size());
        assertEquals(List.of("checkInputsStep", "ingestRegistryMemStep", "ingestRegistryMohurdStep", "ingestRegistrySamrStep",
                        "ingestRosterStep", "ingestTrainingStep", "ingestDomainsStep", "ingestListingsStep", "matchRosterStep",
                        "rankInstitutionsStep", "traceClustersStep", "trackFindingStatusStep", "exportFindingsStep", "screenOnlineCluesStep", "recordCasesStep",
                        "writeRunSummaryStep"),
                again.getStepExecutions().stream().map(StepExecution::getStepName).toList());
    }

    @Test
    void aFailedRunWhoseOutputFolderWasDeletedStartsAfreshInsteadOfResuming() throws Exception {
        Path input = copyOf("nightly/night1", folder.resolve("deleted-in"));
        Path samr = input.resolve("registry_samr.csv");
        Path aside = folder.resolve("registry_samr_deleted.csv");
        Files.move(samr, aside);
        Path output = folder.resolve("deleted-out");
        JobExecution failed = runs.run(input, output, NIGHT_1, null);
        assertEquals(BatchStatus.FAILED, failed.getStatus());

        Files.move(aside, samr);
        Folders.deleteRecursively(output);
        JobExecution again = runs.run(input, output, NIGHT_1, null);

        assertEquals(BatchStatus.COMPLETED, again.getStatus(), () -> NightlyRuns.failureReason(again));
        assertTrue(again.getJobInstance().getInstanceId() != failed.getJobInstance().getInstanceId(), "as a new attempt");
        assertEquals(12, findingsCsv(output).size());
    }

    private static Map<String, Long> countByName(List<Map<String, String>> findings, String... codes) {
        List<String> wanted = List.of(codes);
        return findings.stream().filter(f -> wanted.contains(f.get("finding_code")))
                .collect(Collectors.groupingBy(f -> f.get("name"), Collectors.counting()));
    }

    private static Map<String, Map<String, String>> byPersonCodeAndEmployer(List<Map<String, String>> findings) {
        return findings.stream().collect(Collectors.toMap(
                f -> f.get("id_no") + "/" + f.get("finding_code") + "/" + f.get("employer_uscc"), f -> f));
    }

    private static Map<String, String> one(List<Map<String, String>> findings, String name, String code) {
        List<Map<String, String>> matching = findings.stream()
                .filter(f -> f.get("name").equals(name) && f.get("finding_code").equals(code)).toList();
        assertEquals(1, matching.size(), name + "/" + code + " in " + matching);
        return matching.get(0);
    }
}
