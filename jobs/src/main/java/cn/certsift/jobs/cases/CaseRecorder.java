package cn.certsift.jobs.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a run's findings as cases, in one transaction: NEW and OPEN findings open (or update) their case
 * and mark it seen on the run date, RESOLVED ones close it. A run never changes a case that a later run
 * already updated, and recording the same run twice changes nothing the first time did not.
 */
@Service
public class CaseRecorder {

    static final int BATCH = 500;

    private final CaseStore store;
    private final TransactionTemplate transaction;

    public CaseRecorder(CaseStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Counts of what recording did. */
    public record Recorded(long opened, long updated, long closed, long skipped) {
    }

    /**
     * @param exported whether a finding went into tonight's district workbooks (sets the export dates)
     */
    public Recorded record(Iterator<RecordedFinding> findings, LocalDate runDate, Predicate<RecordedFinding> exported) {
        return transaction.execute(status -> {
            long[] counts = new long[4];
            List<RecordedFinding> batch = new ArrayList<>(BATCH);
            while (findings.hasNext()) {
                batch.add(findings.next());
                if (batch.size() == BATCH) {
                    recordBatch(batch, runDate, exported, counts);
                    batch.clear();
                }
            }
            recordBatch(batch, runDate, exported, counts);
            return new Recorded(counts[0], counts[1], counts[2], counts[3]);
        });
    }

    private void recordBatch(List<RecordedFinding> batch, LocalDate runDate, Predicate<RecordedFinding> exported, long[] counts) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, LocalDate> lastRuns = store.lastRunDates(batch.stream().map(RecordedFinding::findingId).toList());
        List<RecordedFinding> fresh = new ArrayList<>();
        List<RecordedFinding> open = new ArrayList<>();
        List<RecordedFinding> resolved = new ArrayList<>();
        for (RecordedFinding finding : batch) {
            LocalDate lastRun = lastRuns.get(finding.findingId());
            if (lastRun == null) {
                fresh.add(finding);
            } else if (lastRun.isAfter(runDate)) {
                counts[3]++;
            } else if (finding.resolved()) {
                resolved.add(finding);
            } else {
                open.add(finding);
            }
        }
        store.insert(fresh, runDate, fresh.stream().map(exported::test).toList());
        store.updateOpen(open, runDate, open.stream().map(exported::test).toList());
        store.updateResolved(resolved, runDate);
        counts[0] += fresh.stream().filter(f -> !f.resolved()).count();
        counts[1] += open.size();
        counts[2] += resolved.size() + fresh.stream().filter(RecordedFinding::resolved).count();
    }
}
