package cn.certsift.jobs.ingest;

import java.util.List;

/**
 * The ingest of one source: a report per file, and the totals the run summary shows. The settings
 * fingerprint ({@link SettingsFingerprint}) says with which settings the files were ingested.
 */
public record SourceReport(String source, String settingsFingerprint, List<FileReport> files) {

    public long read() {
        return files.stream().mapToLong(FileReport::read).sum();
    }

    public long accepted() {
        return files.stream().mapToLong(FileReport::accepted).sum();
    }

    public long quarantined() {
        return files.stream().mapToLong(FileReport::quarantined).sum();
    }

    public boolean anyFileIngested() {
        return files.stream().anyMatch(file -> file.status() == FileReport.Status.INGESTED);
    }
}
