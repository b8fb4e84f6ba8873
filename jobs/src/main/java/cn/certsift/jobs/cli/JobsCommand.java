package cn.certsift.jobs.cli;

import cn.certsift.jobs.nightly.NightlyRun;
import cn.certsift.jobs.nightly.NightlyRuns;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"List recent nightly runs.", "Id, run date, status, start, duration and failed step, from the job repository."})
class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", defaultValue = "20", description = "How many executions to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    JobsCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = application.start(home)) {
            print(context.getBean(NightlyRuns.class).recent(limit), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(List<JobExecution> executions, PrintWriter out) {
        if (executions.isEmpty()) {
            out.println("No nightly runs recorded yet.");
            return;
        }
        out.printf("%6s  %-10s  %-9s  %-19s  %9s  %-24s  %s%n", "id", "run date", "status", "started", "duration",
                "failed step", "output");
        for (JobExecution execution : executions) {
            out.printf("%6d  %-10s  %-9s  %-19s  %9s  %-24s  %s%n", execution.getId(),
                    execution.getJobParameters().getLocalDate(NightlyRun.RUN_DATE),
                    execution.getStatus(),
                    execution.getStartTime() == null ? "-" : START.format(execution.getStartTime()),
                    duration(execution), failedStep(execution),
                    execution.getJobParameters().getString(NightlyRun.OUTPUT));
        }
        out.flush();
    }

    private static String duration(JobExecution execution) {
        if (execution.getStartTime() == null || execution.getEndTime() == null) {
            return "-";
        }
        return String.format("%.1f s", Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() / 1000.0);
    }

    private static String failedStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED)
                .map(StepExecution::getStepName)
                .findFirst().orElse("");
    }
}
