package cn.certsift.jobs.cli;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.jobs.cases.CaseStore;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.reports.MonthlyForm;
import cn.certsift.jobs.reports.ReportFiles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "monthly", mixinStandardHelpOptions = true,
        description = {"Write the monthly statistics form (XLSX) for one month from the case store:",
                "工作情况统计表 (本月数据 and 累计数据 per district), 分类别统计 and 填报说明. Cells without a data source are",
                "shaded and marked 需人工填报; what feeds each cell is set in conf/cases.yml."})
class MonthlyReportCommand implements Callable<Integer> {

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, e.g. 2026-11.")
    YearMonth month;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write the form into.")
    Path output;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    MonthlyReportCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = application.start(home)) {
            MonthlyForm form = new MonthlyForm(context.getBean(CasesProperties.class), context.getBean(PostCatalog.class));
            Path file = ReportFiles.write(form.build(context.getBean(CaseStore.class).history(), month, LocalDate.now()), output,
                    "专项治理统计表_" + month + ".xlsx");
            spec.commandLine().getOut().println("月度统计表 / monthly form: " + file);
        }
        return 0;
    }
}
