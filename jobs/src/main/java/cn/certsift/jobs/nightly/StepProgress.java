package cn.certsift.jobs.nightly;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Tells whoever watches the console which step runs, and how each ended. */
class StepProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepProgress.class);

    @Override
    public void beforeStep(StepExecution step) {
        log.info("step {} started", step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime end = step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime();
        log.info("step {} {} in {} ms", step.getStepName(), step.getStatus().name().toLowerCase(),
                Duration.between(step.getStartTime(), end).toMillis());
        return step.getExitStatus();
    }
}
