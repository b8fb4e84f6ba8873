package cn.certsift.jobs.cases.feedback;

import cn.certsift.jobs.cases.AuditEntry;
import cn.certsift.jobs.cases.AuditLog;
import cn.certsift.jobs.cases.CaseStore;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.cases.FeedbackTarget;
import cn.certsift.jobs.cases.Verification;
import cn.certsift.jobs.cases.feedback.FeedbackOutcome.FileOutcome;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code certsift feedback}: imports filled-in district workbooks. Every row is checked
 * ({@link FeedbackRules}); rows with problems are reported and left out, the rest of all the files are
 * applied in one transaction, with one audit-log entry per file. A row equal to its case's latest
 * verification changes nothing, so importing the same workbook twice leaves the store as it was.
 */
public class FeedbackImport {

    private final CaseStore store;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final CasesProperties cases;
    private final Clock clock;

    public FeedbackImport(CaseStore store, AuditLog auditLog, PlatformTransactionManager transactionManager,
                          CasesProperties cases, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactionManager);
        this.cases = cases;
        this.clock = clock;
    }

    public FeedbackOutcome importFiles(List<Path> files) throws IOException {
        FeedbackRules rules = new FeedbackRules(cases, LocalDate.now(clock));
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Map<String, Seen> seen = new HashMap<>();
        for (Path file : files) {
            List<FeedbackRow> rows;
            try {
                rows = FeedbackWorkbook.read(file);
            } catch (FeedbackWorkbook.Unreadable unreadable) {
                outcomes.add(new FileOutcome(file.toString(), "", 0, 0, 0, 0, List.of(),
                        unreadable.getMessage()));
                continue;
            }
            outcomes.add(importFile(file, rows, rules, seen, writes));
        }
        transaction.executeWithoutResult(status -> writes.forEach(Runnable::run));
        return new FeedbackOutcome(outcomes);
    }

    private record Seen(String place, Verification verification) {
    }

    private FileOutcome importFile(Path file, List<FeedbackRow> rows, FeedbackRules rules, Map<String, Seen> seen,
                                   List<Runnable> writes) {
        Map<String, FeedbackTarget> targets = store.feedbackTargets(rows.stream().map(FeedbackRow::findingId)
                .filter(id -> !id.isEmpty()).distinct().toList());
        List<FeedbackOutcome.Problem> problems = new ArrayList<>();
        TreeSet<String> districts = new TreeSet<>();
        int filled = 0;
        int applied = 0;
        int unchanged = 0;
        int unfilled = 0;
        for (FeedbackRow row : rows) {
            if (row.unfilled()) {
                unfilled++;
                continue;
            }
            filled++;
            Optional<FeedbackTarget> target = Optional.ofNullable(targets.get(row.findingId()));
            FeedbackRules.Checked checked = rules.check(row, target);
            List<String> reasons = new ArrayList<>(checked.problems());
            Seen earlier = seen.get(row.findingId());
            if (reasons.isEmpty() && earlier != null && !earlier.verification().sameAs(checked.verification())) {
                reasons.add("问题编号 " + row.findingId() + " 在本次导入中已出现（" + earlier.place() + "），两处内容不同");
            }
            if (!reasons.isEmpty()) {
                problems.add(new FeedbackOutcome.Problem(row.place(), row.findingId(), reasons));
                continue;
            }
            FeedbackTarget verified = target.orElseThrow();
            districts.add(verified.district() == null ? "" : verified.district());
            seen.putIfAbsent(row.findingId(), new Seen(row.place(), checked.verification()));
            if (earlier != null || checked.verification().sameAs(verified.latest())) {
                unchanged++;
                continue;
            }
            applied++;
            writes.add(() -> store.addVerification(verified.findingId(), checked.verification(), verified.factsHash(),
                    file.toAbsolutePath().toString(), AuditEntry.currentUser()));
        }
        String district = String.join("、", districts);
        int filledRows = filled;
        String detail = "导入核查结果：填写 " + filled + " 行，更新 " + applied + " 行，未变 " + unchanged + " 行，退回 " + problems.size()
                + " 行 / feedback import";
        writes.add(() -> auditLog.record(new AuditEntry(Instant.now(clock), AuditEntry.currentUser(), AuditEntry.Action.FEEDBACK,
                file.toAbsolutePath().toString(), district, filledRows, detail, "feedback:" + file.getFileName())));
        return new FileOutcome(file.toString(), district, filled, applied, unchanged, unfilled, problems, null);
    }
}
