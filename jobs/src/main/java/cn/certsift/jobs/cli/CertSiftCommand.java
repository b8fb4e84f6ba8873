package cn.certsift.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code certsift}: the top-level command; it only lists the commands below. */
@Command(name = "certsift", mixinStandardHelpOptions = true, version = "CertSift 1.0",
        description = {"Cross-department comparison of safety-production certificate registries (MEM, MOHURD, SAMR)",
                "with employer rosters and training records: 安全生产资格证书涉假比对筛查.", ""},
        subcommands = {NightlyCommand.class, DemoCommand.class, JobsCommand.class, RestartCommand.class, GenerateCommand.class,
                EvaluateCommand.class, CluesEvalCommand.class, FeedbackCommand.class, ReportCommand.class, AuditCommand.class,
                CommandLine.HelpCommand.class})
public class CertSiftCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
