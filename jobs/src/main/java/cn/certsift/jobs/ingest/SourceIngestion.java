package cn.certsift.jobs.ingest;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.nightly.RunFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests every file of one source into the run's staging layer and quarantine, and writes the
 * source's ingest report. Starts by clearing what an earlier attempt left, so that a restarted step
 * produces the same result as a first run.
 */
public final class SourceIngestion {

    private static final Logger log = LoggerFactory.getLogger(SourceIngestion.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HeaderDictionary dictionary;
    private final int headerSearchRows;

    public SourceIngestion(HeaderDictionary dictionary, int headerSearchRows) {
        this.dictionary = dictionary;
        this.headerSearchRows = headerSearchRows;
    }

    public SourceReport ingest(SourceKind kind, List<Path> files, RunFolders run) throws IOException {
        Path staging = run.staging(kind);
        Folders.deleteRecursively(staging);
        Folders.deleteRecursively(run.quarantineParquet(kind));
        Files.createDirectories(staging);
        Files.createDirectories(run.ingestReport(kind).getParent());
        List<FileReport> reports = new ArrayList<>();
        try (QuarantineSink quarantine = new QuarantineSink(run.quarantineCsv(kind), run.quarantineParquet(kind),
                run.droppedValuesCsv(kind))) {
            FileIngester ingester = new FileIngester(kind, dictionary, headerSearchRows, quarantine);
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                log.info("{}: reading {} ({} of {})", kind.id(), file.getFileName(), i + 1, files.size());
                FileReport report = ingester.ingest(file, staging.resolve(String.format("part-%05d.parquet", i)));
                if (report.status() == FileReport.Status.FAILED) {
                    log.warn("{}: cannot read {}: {}", kind.id(), file.getFileName(), report.errorEn());
                }
                reports.add(report);
            }
        }
        SourceReport report = new SourceReport(kind.id(), reports);
        JSON.writeValue(run.ingestReport(kind).toFile(), report);
        return report;
    }

    public static SourceReport readReport(Path file) throws IOException {
        return JSON.readValue(file.toFile(), SourceReport.class);
    }
}
