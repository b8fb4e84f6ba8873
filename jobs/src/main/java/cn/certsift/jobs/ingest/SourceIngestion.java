package cn.certsift.jobs.ingest;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.SourceKind;
import cn.certsift.common.text.Digests;
import cn.certsift.jobs.io.CsvFileWriter;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests every file of one source into the run's staging layer and quarantine, several files at a
 * time, and writes the source's ingest report. Each file writes its own parts, which are put together
 * in file order at the end, so the outputs do not depend on which thread finished first. Starts by
 * clearing what an earlier attempt left, so that a restarted step produces the same result as a first run.
 * A file whose bytes and settings are those of the previous run takes over that run's staging instead of
 * being read ({@link StagingReuse}), unless reuse is switched off.
 */
public final class SourceIngestion {

    private static final Logger log = LoggerFactory.getLogger(SourceIngestion.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String REJECTED = "rejected";
    private static final String DROPPED = "dropped";

    private final HeaderDictionary dictionary;
    private final int headerSearchRows;
    private final int parallelFiles;
    private final boolean reuseUnchangedFiles;

    /**
     * @param parallelFiles       how many files of a source are read at once (0: one per processor)
     * @param reuseUnchangedFiles whether a file unchanged since the previous run takes over that run's staging
     */
    public SourceIngestion(HeaderDictionary dictionary, int headerSearchRows, int parallelFiles, boolean reuseUnchangedFiles) {
        this.dictionary = dictionary;
        this.headerSearchRows = headerSearchRows;
        this.parallelFiles = parallelFiles > 0 ? parallelFiles : Runtime.getRuntime().availableProcessors();
        this.reuseUnchangedFiles = reuseUnchangedFiles;
    }

    /** @param previousRun the completed run before this one, whose staging of unchanged files may be reused */
    public SourceReport ingest(SourceKind kind, List<Path> files, RunFolders run, Optional<RunFolders> previousRun)
            throws IOException {
        Path parts = run.quarantine().resolve("." + kind.id() + ".parts");
        for (Path folder : List.of(run.staging(kind), run.quarantineParquet(kind), parts)) {
            Folders.deleteRecursively(folder);
            Files.createDirectories(folder);
        }
        Files.createDirectories(run.ingestReport(kind).getParent());
        // Written again last: a report exists only beside the complete staging it describes, which a later
        // run may take over.
        Files.deleteIfExists(run.ingestReport(kind));
        String fingerprint = SettingsFingerprint.of(kind, dictionary, headerSearchRows);
        StagingReuse reuse = new StagingReuse(kind, previousIngest(kind, previousRun, fingerprint), run);
        List<FileReport> reports = ingestAll(kind, files, run, reuse, parts);
        concatenate(parts, REJECTED, files.size(), QuarantineSink.REJECTED_HEADER, run.quarantineCsv(kind));
        concatenate(parts, DROPPED, files.size(), QuarantineSink.DROPPED_HEADER, run.droppedValuesCsv(kind));
        Folders.deleteRecursively(parts);
        SourceReport report = new SourceReport(kind.id(), fingerprint, reports);
        JSON.writeValue(run.ingestReport(kind).toFile(), report);
        return report;
    }

    private Optional<PreviousIngest> previousIngest(SourceKind kind, Optional<RunFolders> previousRun, String fingerprint) {
        if (!reuseUnchangedFiles) {
            log.info("{}: reuse of unchanged files is switched off (certsift.ingest.reuse-unchanged-files: false), every file is read",
                    kind.id());
            return Optional.empty();
        }
        if (previousRun.isEmpty()) {
            log.info("{}: no earlier completed run to reuse staging from, every file is read", kind.id());
            return Optional.empty();
        }
        return PreviousIngest.read(kind, previousRun.get(), fingerprint);
    }

    private List<FileReport> ingestAll(SourceKind kind, List<Path> files, RunFolders run, StagingReuse reuse, Path parts)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelFiles, files.size())));
        try {
            List<Future<FileReport>> running = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                int index = i;
                running.add(pool.submit(() -> ingestOne(kind, files, index, run, reuse, parts)));
            }
            List<FileReport> reports = new ArrayList<>();
            for (Future<FileReport> report : running) {
                reports.add(report.get());
            }
            return reports;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest of " + kind.id() + " was interrupted", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("ingest of " + kind.id() + " failed: " + failed.getCause().getMessage(), failed.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileReport ingestOne(SourceKind kind, List<Path> files, int index, RunFolders run, StagingReuse reuse, Path parts)
            throws IOException {
        Path file = files.get(index);
        String sha256;
        try (InputStream bytes = Files.newInputStream(file)) {
            sha256 = Digests.sha256Hex(bytes);
        }
        Path rejectedPart = csvPart(parts, REJECTED, index);
        Path droppedPart = csvPart(parts, DROPPED, index);
        Optional<FileReport> reused = reuse.takeOver(index, file.getFileName().toString(), sha256, rejectedPart, droppedPart);
        if (reused.isPresent()) {
            return reused.get();
        }
        log.info("{}: reading {} ({} of {})", kind.id(), file.getFileName(), index + 1, files.size());
        try (QuarantineSink quarantine = new QuarantineSink(rejectedPart, run.quarantineParquetPart(kind, index), droppedPart)) {
            FileReport report = new FileIngester(kind, dictionary, headerSearchRows, quarantine)
                    .ingest(file, sha256, run.stagingPart(kind, index), index);
            if (report.status() == FileReport.Status.FAILED) {
                log.warn("{}: cannot read {}: {}", kind.id(), file.getFileName(), report.errorEn());
            }
            return report;
        }
    }

    private static Path csvPart(Path parts, String prefix, int index) {
        return parts.resolve(prefix + "-" + RunFolders.part(index) + ".csv");
    }

    /** One CSV with the header and a byte-order mark, then each file's part in file order. */
    private static void concatenate(Path parts, String prefix, int count, List<String> header, Path target) throws IOException {
        try (CsvFileWriter csv = new CsvFileWriter(target)) {
            csv.writeRow(header);
        }
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.APPEND)) {
            for (int i = 0; i < count; i++) {
                Files.copy(csvPart(parts, prefix, i), out);
            }
        }
    }

    public static SourceReport readReport(Path file) throws IOException {
        return JSON.readValue(file.toFile(), SourceReport.class);
    }
}
