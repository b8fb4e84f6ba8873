package cn.certsift.jobs.cli;

import cn.certsift.jobs.nightly.NightlyRuns;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Resume a failed or interrupted nightly run.",
                "Starts at the step that failed; steps that completed are not run again. ID from `certsift jobs`."})
class RestartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "Execution id, as listed by `certsift jobs`.")
    long executionId;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    RestartCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = application.start(home)) {
            JobExecution execution = context.getBean(NightlyRuns.class).restart(executionId);
            return RunReport.print(execution, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
