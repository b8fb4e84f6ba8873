package cn.certsift.jobs.bench;

import cn.certsift.common.finding.RosterJudge;
import cn.certsift.jobs.config.CertSiftProperties;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.matching.RosterMatching;
import cn.certsift.jobs.nightly.RunFolders;
import cn.certsift.jobs.nightly.RunSummary;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.spark.sql.SparkSession;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code certsift bench --matching-only N}: the matching stage alone, N times, on the staging layer an
 * earlier bench run left, writing to a scratch folder; then DuckDB's matching once on the same layer.
 * A change to matching is measured in a minute instead of a whole night.
 */
final class MatchingOnly {

    private MatchingOnly() {
    }

    static int run(ConfigurableApplicationContext context, RunFolders output, int times, boolean skipDuckDb, PrintWriter out)
            throws Exception {
        if (!Files.isRegularFile(output.runSummary())) {
            out.println("bench: --matching-only needs an earlier complete bench run of this set; found none in " + output.root());
            return 1;
        }
        CertSiftProperties properties = context.getBean(CertSiftProperties.class);
        LocalDate runDate = LocalDate.parse(RunSummary.read(output.runSummary()).runDate());
        SparkSession spark = context.getBean(SparkSessions.class).session();
        RosterJudge judge = context.getBean(RosterJudge.class);
        Path scratch = output.root().resolve("matching-only");
        long best = Long.MAX_VALUE;
        for (int i = 1; i <= times; i++) {
            long started = System.nanoTime();
            ParquetLayers.write(RosterMatching.judgements(spark, output, judge, runDate,
                    properties.matching().broadcastRosterKeysUpTo()), scratch);
            long millis = (System.nanoTime() - started) / 1_000_000;
            best = Math.min(best, millis);
            out.printf("matching run %d of %d: %.1f s%n", i, times, millis / 1000.0);
            out.flush();
        }
        Folders.deleteRecursively(scratch);
        if (!skipDuckDb) {
            DuckDbMatching.Result duck = DuckDbMatching.run(output.root().resolve("staging"), runDate, properties.posts(),
                    Runtime.getRuntime().availableProcessors());
            out.printf("DuckDB %.1f s; best CertSift run / DuckDB %.2f%n", duck.millis() / 1000.0, (double) best / duck.millis());
        }
        return 0;
    }
}
