package cn.certsift.jobs.cli;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.jobs.io.CsvRecords;
import cn.certsift.jobs.io.TextWidth;
import cn.certsift.jobs.nightly.NightlyRun;
import cn.certsift.jobs.nightly.NightlyRuns;
import cn.certsift.jobs.nightly.RunFolders;
import cn.certsift.jobs.nightly.RunSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** What the console shows when a nightly run ends: the counts and where the files are, or why it failed. */
final class RunReport {

    private static final int TOP_INSTITUTIONS = 5;
    private static final int LARGEST_CLUSTERS = 5;

    private RunReport() {
    }

    static int print(JobExecution execution, PrintWriter out, PrintWriter err) throws IOException {
        Path output = Path.of(execution.getJobParameters().getString(NightlyRun.OUTPUT));
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err.println("certsift: 夜间任务未完成 / nightly run failed (execution " + execution.getId() + "): "
                    + NightlyRuns.failureReason(execution));
            err.println("certsift: 修复后重新运行同一命令，或执行 ./certsift restart " + execution.getId()
                    + " / fix the cause, then rerun the same command or ./certsift restart " + execution.getId());
            return Main.FAILED;
        }
        RunFolders folders = new RunFolders(output);
        RunSummary summary = RunSummary.read(folders.runSummary());
        long millis = execution.getStartTime() == null || execution.getEndTime() == null ? 0
                : Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis();
        out.printf("CertSift nightly run %s completed (execution %d, %.1f s)%n%n", summary.runDate(), execution.getId(),
                millis / 1000.0);
        out.printf("%-16s %6s %10s %10s %12s%n", "source", "files", "read", "accepted", "quarantined");
        for (Map.Entry<String, RunSummary.SourceCounts> source : summary.sources().entrySet()) {
            RunSummary.SourceCounts counts = source.getValue();
            out.printf("%-16s %6d %10d %10d %12d%n", source.getKey(), counts.files(), counts.read(), counts.accepted(),
                    counts.quarantined());
        }
        out.printf("%n%-20s %s %8s%n", "finding", TextWidth.pad("问题类型", 44), "open");
        for (Map.Entry<String, Long> finding : summary.findings().entrySet()) {
            out.printf("%-20s %s %8d%n", finding.getKey(), TextWidth.pad(FindingCatalog.chineseName(finding.getKey()), 44),
                    finding.getValue());
        }
        out.printf("%n%-20s %s %8s%n", "clue", TextWidth.pad("线索类型", 44), "count");
        for (Map.Entry<String, Long> clue : summary.clues().entrySet()) {
            out.printf("%-20s %s %8d%n", clue.getKey(), TextWidth.pad(ClueKind.valueOf(clue.getKey()).chineseName(), 44), clue.getValue());
        }
        printTopInstitutions(folders, out);
        printLargestClusters(folders, out);
        if (!summary.warnings().isEmpty()) {
            out.printf("%n%d warning(s), listed in run-summary.json%n", summary.warnings().size());
        }
        out.printf("%nOutput in %s%n", output);
        out.printf("  %-20s %s%n", "findings.csv", "one row per finding, full ID numbers, for analysts (also findings/ Parquet)");
        out.printf("  %-20s %s%n", "findings.xlsx", "the same findings to open in Excel, WPS or LibreOffice (numbers kept whole)");
        out.printf("  %-20s %s%n", "inspectors/", "one workbook per district for inspectors, ID and certificate numbers masked");
        out.printf("  %-20s %s%n", "institutions.csv", "training institutions ranked by risk, with signals and evidence");
        out.printf("  %-20s %s%n", "clusters.csv", "supply-chain clusters linking findings to a common source (cluster_id in findings)");
        out.printf("  %-20s %s%n", "clues.csv", "online clues (fake query sites, listings selling certificates), also clues/ Parquet");
        out.printf("  %-20s %s%n", "clues.xlsx", "the same clues for the cyberspace office and police, with counts per kind");
        out.printf("  %-20s %s%n", "staging/", "normalised rows per source (Parquet)");
        out.printf("  %-20s %s%n", "quarantine/", "rejected rows with reasons, per source (CSV and Parquet)");
        out.printf("  %-20s %s%n", "run-summary.json", "counts, warnings and step timings");
        out.flush();
        return 0;
    }

    private static void printTopInstitutions(RunFolders folders, PrintWriter out) throws IOException {
        List<Map<String, String>> top = CsvRecords.read(folders.institutionsCsv(),
                List.of("rank", "training_org", "risk_score", "evidence"), TOP_INSTITUTIONS);
        out.printf("%n风险最高的培训机构 / training institutions with the highest risk (of institutions.csv):%n");
        for (Map<String, String> institution : top) {
            out.printf("%3s. %s  风险分 %s%n     %s%n", institution.get("rank"), institution.get("training_org"),
                    institution.get("risk_score"), institution.get("evidence"));
        }
    }

    private static void printLargestClusters(RunFolders folders, PrintWriter out) throws IOException {
        List<Map<String, String>> largest = CsvRecords.read(folders.clustersCsv(), List.of("summary"), LARGEST_CLUSTERS);
        out.printf("%n最大的线索簇 / largest supply-chain clusters (of clusters.csv):%n");
        if (largest.isEmpty()) {
            out.printf("  无 / none: no two suspect findings share a certificate, phone, institution or employer%n");
        }
        largest.forEach(cluster -> out.printf("  %s%n", cluster.get("summary")));
    }
}
