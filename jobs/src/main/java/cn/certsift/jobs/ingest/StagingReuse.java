package cn.certsift.jobs.ingest;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes over an unchanged input file's ingest from the previous run instead of reading the file: its
 * staging and quarantine Parquet parts (hard links where the file system allows, copies otherwise), its
 * rows of the source's rejected-rows and dropped-values CSVs, and its report, which names the run it
 * came from. Tonight's outputs are then what reading the file would have produced.
 */
final class StagingReuse {

    private static final Logger log = LoggerFactory.getLogger(StagingReuse.class);

    private final SourceKind kind;
    private final Optional<PreviousIngest> previous;
    private final RunFolders tonight;

    /** @param previous the source's ingest in the previous run, empty when nothing of it can be reused */
    StagingReuse(SourceKind kind, Optional<PreviousIngest> previous, RunFolders tonight) {
        this.kind = kind;
        this.previous = previous;
        this.tonight = tonight;
    }

    /**
     * The report of tonight's file number {@code index} when its ingest was taken over, its quarantine
     * CSV rows written to {@code rejectedPart} and {@code droppedPart}; empty when the file must be read
     * (why is logged).
     */
    Optional<FileReport> takeOver(int index, String name, String sha256, Path rejectedPart, Path droppedPart)
            throws IOException {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        ReuseDecision decision = previous.get().decide(index, name, sha256);
        if (decision instanceof ReuseDecision.Read read) {
            log.info("{}: {}, reading it", kind.id(), read.why());
            return Optional.empty();
        }
        ReuseDecision.Reuse reuse = (ReuseDecision.Reuse) decision;
        RunFolders from = reuse.run();
        FileReport before = reuse.report();
        long rejected = QuarantineCsvRows.copy(from.quarantineCsv(kind), name, rejectedPart);
        long dropped = QuarantineCsvRows.copy(from.droppedValuesCsv(kind), name, droppedPart);
        if (rejected != before.quarantined() || dropped != before.droppedValues()) {
            log.info("{}: {} is unchanged since the run in {} but its quarantine there holds {} of its {} rejected rows and {} of "
                            + "its {} dropped values ({}, {}), reading it", kind.id(), name, from.root(), rejected,
                    before.quarantined(), dropped, before.droppedValues(), from.quarantineCsv(kind), from.droppedValuesCsv(kind));
            return Optional.empty();
        }
        Folders.linkOrCopy(from.stagingPart(kind, index), tonight.stagingPart(kind, index));
        Folders.linkOrCopy(from.quarantineParquetPart(kind, index), tonight.quarantineParquetPart(kind, index));
        log.info("{}: {} unchanged since the run in {} (sha256 {}), its staging is reused", kind.id(), name, from.root(),
                PreviousIngest.abbreviated(sha256));
        return Optional.of(before.reusedFromRun(from.root()));
    }
}
