package cn.certsift.jobs.nightly;

import cn.certsift.common.finding.RosterJudge;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.matching.RosterMatching;

import java.io.IOException;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Judges every current roster row against the three registries; writes the judgements layer. */
class MatchRosterTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MatchRosterTasklet.class);

    private final NightlyRun run;
    private final SparkSessions sparkSessions;
    private final RosterJudge judge;
    private final long broadcastRosterKeysUpTo;

    MatchRosterTasklet(NightlyRun run, SparkSessions sparkSessions, RosterJudge judge, long broadcastRosterKeysUpTo) {
        this.run = run;
        this.sparkSessions = sparkSessions;
        this.judge = judge;
        this.broadcastRosterKeysUpTo = broadcastRosterKeysUpTo;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        SparkSession spark = sparkSessions.session();
        RunFolders folders = run.folders();
        log.info("matching: judging current roster rows against the MEM, MOHURD and SAMR registries as of {}", run.runDate());
        ParquetLayers.write(RosterMatching.judgements(spark, folders, judge, run.runDate(), broadcastRosterKeysUpTo),
                folders.judgements());
        return RepeatStatus.FINISHED;
    }
}
