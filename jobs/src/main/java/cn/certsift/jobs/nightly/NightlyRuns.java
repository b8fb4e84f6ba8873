package cn.certsift.jobs.nightly;

import cn.certsift.jobs.config.CertSiftProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Starts, resumes and lists nightly runs. A run is identified by its input folder, output folder, run
 * date and attempt. Launching a run whose last attempt failed, or was killed, resumes it at the failed
 * step; launching a run that completed starts a new attempt, which rewrites the same output folder.
 */
@Service
public class NightlyRuns {

    /** What Linux and the JDK say when a write finds no space left. */
    private static final String DISK_FULL = "No space left on device";

    private static final Logger log = LoggerFactory.getLogger(NightlyRuns.class);
    private static final Set<BatchStatus> RESUMABLE = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);
    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyMatch;
    private final Path workDir;

    public NightlyRuns(JobOperator jobOperator, JobRepository jobRepository, Job nightlyMatch, CertSiftProperties properties) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyMatch = nightlyMatch;
        this.workDir = properties.workDir();
    }

    public JobExecution run(Path input, Path output, LocalDate runDate, Path previous) throws Exception {
        try (RunLock lock = RunLock.acquire(workDir)) {
            long attempt = 1;
            JobInstance instance = null;
            for (JobInstance candidate; (candidate = jobRepository.getJobInstance(NightlyJobConfiguration.JOB_NAME,
                    parameters(input, output, runDate, previous, attempt))) != null; attempt++) {
                instance = candidate;
            }
            if (instance != null) {
                JobExecution last = recoverIfKilled(jobRepository.getLastJobExecution(instance));
                if (RESUMABLE.contains(last.getStatus()) && !Files.isDirectory(output)) {
                    log.warn("run {} of {} ended {} but its output folder is gone; starting afresh rather than resuming "
                            + "with the outputs of completed steps missing", runDate, output, last.getStatus());
                } else if (RESUMABLE.contains(last.getStatus())) {
                    log.info("resuming run {} of {} (execution {} ended {})", runDate, output, last.getId(), last.getStatus());
                    return jobOperator.restart(last);
                }
            }
            log.info("starting run {} of {} into {}", runDate, input, output);
            return jobOperator.start(nightlyMatch, parameters(input, output, runDate, previous, attempt));
        }
    }

    public JobExecution restart(long executionId) throws Exception {
        try (RunLock lock = RunLock.acquire(workDir)) {
            JobExecution execution = jobRepository.getJobExecution(executionId);
            if (execution == null) {
                throw new RunFailure("没有编号为 " + executionId + " 的任务执行记录", "there is no job execution " + executionId);
            }
            execution = recoverIfKilled(execution);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                throw new RunFailure("执行 " + executionId + " 已成功完成，无需重启", "execution " + executionId + " completed; nothing to restart");
            }
            JobExecution latest = jobRepository.getLastJobExecution(execution.getJobInstance());
            if (latest != null && latest.getId() != execution.getId()) {
                throw new RunFailure("执行 " + executionId + " 之后已有更新的执行 " + latest.getId() + "，请重启该执行",
                        "execution " + executionId + " was already followed by execution " + latest.getId() + "; restart that one");
            }
            return jobOperator.restart(execution);
        }
    }

    /** The most recent executions of the nightly job, newest first. */
    public List<JobExecution> recent(int count) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, count)) {
            executions.addAll(jobRepository.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparing(JobExecution::getId).reversed());
        return executions.subList(0, Math.min(count, executions.size()));
    }

    /** An execution still marked running while this process holds the run lock was killed: mark it failed. */
    private JobExecution recoverIfKilled(JobExecution execution) {
        if (RUNNING.contains(execution.getStatus())) {
            log.warn("execution {} was interrupted (process killed); marking it failed so it can be resumed", execution.getId());
            return jobOperator.recover(execution);
        }
        return execution;
    }

    static JobParameters parameters(Path input, Path output, LocalDate runDate, Path previous, long attempt) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(NightlyRun.INPUT, absolute(input))
                .addString(NightlyRun.OUTPUT, absolute(output))
                .addLocalDate(NightlyRun.RUN_DATE, runDate)
                .addLong(NightlyRun.ATTEMPT, attempt);
        if (previous != null) {
            builder.addString(NightlyRun.PREVIOUS, absolute(previous), false);
        }
        return builder.toJobParameters();
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** The one-line reason a run failed, in the user's terms where the failure was foreseen. */
    public static String failureReason(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RunFailure runFailure) {
                    return runFailure.getMessage();
                }
            }
        }
        String step = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED)
                .map(StepExecution::getStepName).findFirst().orElse("?");
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String detail = first == null ? execution.getExitStatus().getExitDescription() : rootMessage(first);
        return "步骤 " + step + " 失败 / step " + step + " failed: " + detail;
    }

    /**
     * The innermost cause in one line, with its type: {@code NoClassDefFoundError: com.…PinyinStyleEnum}
     * says more than the bare class name. A full disk, whichever layer met it, says so in the user's terms.
     */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String type = root.getClass().getSimpleName();
        if (root.getMessage() == null) {
            return type;
        }
        String message = root.getMessage().lines().findFirst().orElse("");
        if (message.contains(DISK_FULL)) {
            return "磁盘空间已满，请清理输出或工作目录所在磁盘后重新运行同一命令 / the disk is full: free space where the output "
                    + "and work folders are, then rerun the same command (" + type + ": " + message + ")";
        }
        return type + ": " + message;
    }
}
