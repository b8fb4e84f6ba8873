package cn.certsift.jobs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code certsift report}: groups the statistics reports. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Statistics from the case store: the monthly form and the quarterly typical-case statistics."},
        subcommands = {MonthlyReportCommand.class, QuarterlyReportCommand.class})
class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
