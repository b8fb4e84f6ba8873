package cn.certsift.jobs.ingest;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.io.CsvFileWriter;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class SourceIngestion {

    private static final Logger log = LoggerFactory.getLogger(SourceIngestion.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HeaderDictionary dictionary;
    private final int headerSearchRows;
    private final int parallelFiles;

    /** @param parallelFiles how many files of a source are read at once (0: one per processor) */
    public SourceIngestion(HeaderDictionary dictionary, int headerSearchRows, int parallelFiles) {
        this.dictionary = dictionary;
        this.headerSearchRows = headerSearchRows;
        this.parallelFiles = parallelFiles > 0 ? parallelFiles : Runtime.getRuntime().availableProcessors();
    }

    public SourceReport ingest(SourceKind kind, List<Path> files, RunFolders run) throws IOException {
        Path staging = run.staging(kind);
        Path parts = run.quarantine().resolve("." + kind.id() + ".parts");
        for (Path folder : List.of(staging, run.quarantineParquet(kind), parts)) {
            Folders.deleteRecursively(folder);
            Files.createDirectories(folder);
        }
        Files.createDirectories(run.ingestReport(kind).getParent());
        List<FileReport> reports = ingestAll(kind, files, staging, run.quarantineParquet(kind), parts);
        concatenate(parts, "rejected", files.size(), QuarantineSink.REJECTED_HEADER, run.quarantineCsv(kind));
        concatenate(parts, "dropped", files.size(), QuarantineSink.DROPPED_HEADER, run.droppedValuesCsv(kind));
        Folders.deleteRecursively(parts);
        SourceReport report = new SourceReport(kind.id(), reports);
        JSON.writeValue(run.ingestReport(kind).toFile(), report);
        return report;
    }

    private List<FileReport> ingestAll(SourceKind kind, List<Path> files, Path staging, Path quarantineParquet, Path parts)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelFiles, files.size())));
        try {
            List<Future<FileReport>> running = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                int index = i;
                running.add(pool.submit(() -> ingestOne(kind, files, index, staging, quarantineParquet, parts)));
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

    private FileReport ingestOne(SourceKind kind, List<Path> files, int index, Path staging, Path quarantineParquet, Path parts)
            throws IOException {
        Path file = files.get(index);
        String part = String.format("part-%05d", index);
        log.info("{}: reading {} ({} of {})", kind.id(), file.getFileName(), index + 1, files.size());
        try (QuarantineSink quarantine = new QuarantineSink(parts.resolve("rejected-" + part + ".csv"),
                quarantineParquet.resolve(part + ".parquet"), parts.resolve("dropped-" + part + ".csv"))) {
            FileReport report = new FileIngester(kind, dictionary, headerSearchRows, quarantine)
                    .ingest(file, staging.resolve(part + ".parquet"), index);
            if (report.status() == FileReport.Status.FAILED) {
                log.warn("{}: cannot read {}: {}", kind.id(), file.getFileName(), report.errorEn());
            }
            return report;
        }
    }

    /** One CSV with the header and a byte-order mark, then each file's part in file order. */
    private static void concatenate(Path parts, String prefix, int count, List<String> header, Path target) throws IOException {
        try (CsvFileWriter csv = new CsvFileWriter(target)) {
            csv.writeRow(header);
        }
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.APPEND)) {
            for (int i = 0; i < count; i++) {
                Files.copy(parts.resolve(String.format("%s-part-%05d.csv", prefix, i)), out);
            }
        }
    }

    public static SourceReport readReport(Path file) throws IOException {
        return JSON.readValue(file.toFile(), SourceReport.class);
    }
}
