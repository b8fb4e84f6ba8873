package cn.certsift.jobs.cli;

import cn.certsift.jobs.cases.AuditEntry;
import cn.certsift.jobs.cases.AuditLog;
import cn.certsift.jobs.cases.CaseStoreConfiguration;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"List the audit log: every district workbook exported to inspectors and every feedback import,",
                "with who (operating-system user), when, which file, how many rows and which district. Newest first."})
class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(CaseStoreConfiguration.CHINA);

    @Option(names = "--limit", defaultValue = "50", description = "How many entries to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    AuditCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = application.start(home)) {
            print(context.getBean(AuditLog.class).recent(limit), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(List<AuditEntry> entries, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println("审计日志为空 / the audit log is empty.");
            out.flush();
            return;
        }
        out.printf("%-19s  %-10s  %-8s  %-10s  %6s  %s%n", "when", "user", "action", "district", "rows", "file");
        for (AuditEntry entry : entries) {
            out.printf("%-19s  %-10s  %-8s  %-10s  %6d  %s%n", WHEN.format(entry.happenedAt()), entry.osUser(), entry.action(),
                    entry.district() == null ? "" : entry.district(), entry.rows(), entry.file());
            out.printf("%21s%s%n", "", entry.detail() == null ? "" : entry.detail());
        }
        out.flush();
    }
}
