package cn.certsift.jobs.cli;

import cn.certsift.jobs.nightly.NightlyRuns;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Run the nightly comparison on one input folder.",
                "Ingests the registries, rosters and training records, quarantines unusable rows, judges every current",
                "roster row against the three registries and writes findings, district workbooks and run-summary.json;",
                "screens the web addresses and listings (domains*, listings*) into online clues (clues.csv, clues.xlsx).",
                "Rerunning a failed run resumes it at the step that failed."})
class NightlyCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder holding the night's input files.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for this run's outputs.")
    Path output;

    @Option(names = "--run-date", required = true, paramLabel = "YYYY-MM-DD",
            description = "The date findings are judged against (a certificate valid to the day before has expired).")
    LocalDate runDate;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "Output folder of an earlier run to compare with (default: the newest earlier run beside --output).")
    Path previous;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    NightlyCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        return launch(home, application, input, output, runDate, previous, spec);
    }

    static int launch(Path home, ApplicationOptions application, Path input, Path output, LocalDate runDate, Path previous,
                      CommandSpec spec) throws Exception {
        try (ConfigurableApplicationContext context = application.start(home)) {
            JobExecution execution = context.getBean(NightlyRuns.class).run(input, output, runDate, previous);
            return RunReport.print(execution, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
