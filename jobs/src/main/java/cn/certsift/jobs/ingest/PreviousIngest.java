package cn.certsift.jobs.ingest;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source's ingest in the previous completed run, as far as tonight may take it over. Tonight's file
 * number i reuses its staging when the previous run ingested the source with the same settings
 * fingerprint, and its file number i has the same name and SHA-256, was ingested, and its staging part,
 * quarantine part and the source's quarantine CSVs are still there. Name and place must both match
 * because every row id and {@code source_file} carries them.
 */
final class PreviousIngest {

    private static final Logger log = LoggerFactory.getLogger(PreviousIngest.class);
    private static final int SHORT_HASH = 12;

    private final SourceKind kind;
    private final RunFolders run;
    private final List<FileReport> files;

    private PreviousIngest(SourceKind kind, RunFolders run, List<FileReport> files) {
        this.kind = kind;
        this.run = run;
        this.files = files;
    }

    /**
     * The source's ingest in the run in {@code run} if it used these settings; empty, with the reason
     * logged, when that run has no readable ingest report of the source or used other settings.
     */
    static Optional<PreviousIngest> read(SourceKind kind, RunFolders run, String settingsFingerprint) {
        Path reportFile = run.ingestReport(kind);
        if (!Files.isRegularFile(reportFile)) {
            log.info("{}: the run in {} has no ingest report of {} ({}), every file is read", kind.id(), run.root(), kind.id(),
                    reportFile);
            return Optional.empty();
        }
        try {
            return of(kind, run, SourceIngestion.readReport(reportFile), settingsFingerprint);
        } catch (IOException unreadable) {
            log.info("{}: the ingest report {} cannot be read ({}), every file is read", kind.id(), reportFile,
                    unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** The source's ingest reported by {@code report} if it used these settings; empty, with the reason logged, otherwise. */
    static Optional<PreviousIngest> of(SourceKind kind, RunFolders run, SourceReport report, String settingsFingerprint) {
        if (!settingsFingerprint.equals(report.settingsFingerprint())) {
            log.info("{}: the ingest settings (columns, header synonyms, header-search-rows or the staging format version) "
                    + "differ from those of the run in {}, every file is read", kind.id(), run.root());
            return Optional.empty();
        }
        return Optional.of(new PreviousIngest(kind, run, report.files()));
    }

    /** Whether tonight's file number {@code index}, named {@code name}, with these bytes, reuses its staging. */
    ReuseDecision decide(int index, String name, String sha256) {
        String since = " since the run in " + run.root();
        if (index >= files.size()) {
            return new ReuseDecision.Read(name + " is new" + since + " (it had " + files.size() + " file(s))");
        }
        FileReport before = files.get(index);
        if (!before.file().equals(name)) {
            return new ReuseDecision.Read(name + " was not file " + (index + 1) + " of the run in " + run.root() + " ("
                    + before.file() + " was; row ids carry a file's name and place)");
        }
        if (!sha256.equals(before.sha256())) {
            return new ReuseDecision.Read(name + " changed" + since + " (sha256 " + abbreviated(before.sha256()) + " then, "
                    + abbreviated(sha256) + " now)");
        }
        if (before.status() != FileReport.Status.INGESTED) {
            return new ReuseDecision.Read(name + " is unchanged" + since + " but could not be read then");
        }
        for (Path output : List.of(run.stagingPart(kind, index), run.quarantineParquetPart(kind, index),
                run.quarantineCsv(kind), run.droppedValuesCsv(kind))) {
            if (!Files.isRegularFile(output)) {
                return new ReuseDecision.Read(name + " is unchanged" + since + " but " + output + " is gone");
            }
        }
        return new ReuseDecision.Reuse(run, before);
    }

    /** The first digits of a SHA-256, enough for a person to compare in a log line. */
    static String abbreviated(String sha256) {
        return sha256 == null ? "not recorded" : sha256.substring(0, Math.min(SHORT_HASH, sha256.length())) + "…";
    }
}
