package cn.certsift.jobs.nightly;

import cn.certsift.jobs.config.SparkSessions;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Starts the Spark session when the nightly job starts, on its own thread: ingest reads the files without
 * Spark and rarely keeps every core busy, so the few seconds Spark takes to start come off the night
 * instead of delaying the first matching step.
 */
class SparkStartsDuringIngest implements JobExecutionListener {

    private final SparkSessions sparkSessions;

    SparkStartsDuringIngest(SparkSessions sparkSessions) {
        this.sparkSessions = sparkSessions;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        sparkSessions.startInBackground();
    }
}
