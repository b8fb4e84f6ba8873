package cn.certsift.jobs.cli;

import cn.certsift.jobs.cases.feedback.FeedbackImport;
import cn.certsift.jobs.cases.feedback.FeedbackOutcome;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"Import district workbooks that inspectors filled in (核查结果, 处理措施, 罚款金额, 核查人, 核查日期, 备注).",
                "Every row is checked; rows with problems are listed in Chinese and left out, the rest of all files are applied",
                "in one transaction and written to the audit log. Importing the same workbook again changes nothing.",
                "Exit code 1 when a file or a row was rejected (the others were applied)."})
class FeedbackCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filled-in inspectors/<district>.xlsx workbooks.")
    List<Path> files;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    FeedbackCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        FeedbackOutcome outcome;
        try (ConfigurableApplicationContext context = application.start(home)) {
            outcome = context.getBean(FeedbackImport.class).importFiles(files);
        }
        print(outcome, spec.commandLine().getOut());
        if (outcome.clean()) {
            return 0;
        }
        spec.commandLine().getErr().println("certsift: 有 " + outcome.rejected() + " 行或文件未导入，已导入其余 " + outcome.applied()
                + " 行；修改后重新导入即可 / " + outcome.rejected() + " rows rejected, the others applied; fix them and import again");
        return Main.FAILED;
    }

    static void print(FeedbackOutcome outcome, PrintWriter out) {
        for (FeedbackOutcome.FileOutcome file : outcome.files()) {
            if (file.unreadable() != null) {
                out.printf("%s: 未导入 / not imported: %s%n", file.file(), file.unreadable());
                continue;
            }
            out.printf("%s (%s): 填写 %d 行，更新 %d 行，未变 %d 行，退回 %d 行，未填写 %d 行%n", file.file(), file.districts(), file.filled(),
                    file.applied(), file.unchanged(), file.problems().size(), file.unfilled());
            for (FeedbackOutcome.Problem problem : file.problems()) {
                out.printf("  %s 问题编号 %s：%s%n", problem.place(), problem.findingId().isEmpty() ? "-" : problem.findingId(),
                        String.join("；", problem.reasons()));
            }
        }
        out.flush();
    }
}
