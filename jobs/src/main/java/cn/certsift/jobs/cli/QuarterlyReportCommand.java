package cn.certsift.jobs.cli;

import cn.certsift.jobs.cases.CaseStore;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.reports.QuarterlyStatistics;
import cn.certsift.jobs.reports.ReportFiles;
import cn.certsift.jobs.reports.ReportPeriod;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quarterly", mixinStandardHelpOptions = true,
        description = {"Write the quarterly typical-case statistics (XLSX with charts) from the case store: overview and trend,",
                "by finding category, district and industry, shared-certificate clusters, and typical cases for publication",
                "with names, ID numbers and certificate numbers masked."})
class QuarterlyReportCommand implements Callable<Integer> {

    @Option(names = "--quarter", required = true, paramLabel = "YYYY-Qn", converter = QuarterConverter.class,
            description = "The quarter, e.g. 2026-Q4.")
    ReportPeriod quarter;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write the statistics into.")
    Path output;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    QuarterlyReportCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = application.start(home)) {
            QuarterlyStatistics statistics = new QuarterlyStatistics(context.getBean(CasesProperties.class).quarterly());
            Path file = ReportFiles.write(statistics.build(context.getBean(CaseStore.class).history(), quarter, LocalDate.now()), output,
                    "典型案例统计_" + quarter.start().getYear() + "-Q" + ((quarter.start().getMonthValue() + 2) / 3) + ".xlsx");
            spec.commandLine().getOut().println("季度典型案例统计 / quarterly statistics: " + file);
        }
        return 0;
    }

    /** Reads YYYY-Qn; a wrong value is a command-line error (exit 2). */
    static final class QuarterConverter implements ITypeConverter<ReportPeriod> {
        @Override
        public ReportPeriod convert(String value) {
            return ReportPeriod.quarter(value);
        }
    }
}
