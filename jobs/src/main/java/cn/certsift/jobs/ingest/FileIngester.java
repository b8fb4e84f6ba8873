package cn.certsift.jobs.ingest;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.header.HeaderLayout;
import cn.certsift.common.header.HeaderLocator;
import cn.certsift.common.ingest.NormalizedRow;
import cn.certsift.common.ingest.RowNormalizer;
import cn.certsift.common.ingest.RowOutcome;
import cn.certsift.common.ingest.RowProblem;
import cn.certsift.common.source.SourceKind;
import cn.certsift.common.text.Normalize;
import cn.certsift.jobs.ingest.table.CsvTableReader;
import cn.certsift.jobs.ingest.table.NotATableException;
import cn.certsift.jobs.ingest.table.RawRow;
import cn.certsift.jobs.ingest.table.TableFormat;
import cn.certsift.jobs.ingest.table.TableReader;
import cn.certsift.jobs.io.ParquetRowsWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one input file of a source: finds the header below any title rows, normalises every data
 * row, writes accepted rows to the file's staging Parquet file and rejected rows to quarantine.
 * Blank rows are not data and are not counted; every other row after the header is counted as read
 * and ends up either accepted or quarantined.
 */
final class FileIngester {

    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);
    private static final long PROGRESS_EVERY = 500_000;

    private final SourceKind kind;
    private final HeaderLocator locator;
    private final int headerSearchRows;
    private final QuarantineSink quarantine;

    FileIngester(SourceKind kind, HeaderDictionary dictionary, int headerSearchRows, QuarantineSink quarantine) {
        this.kind = kind;
        this.locator = new HeaderLocator(kind, dictionary);
        this.headerSearchRows = headerSearchRows;
        this.quarantine = quarantine;
    }

    /**
     * @param sha256    the SHA-256 of the file's bytes, for its report
     * @param fileIndex the file's place among the source's files, part of every row's id
     */
    FileReport ingest(Path file, String sha256, Path stagingFile, int fileIndex) throws IOException {
        String name = file.getFileName().toString();
        TableReader reader;
        try {
            reader = TableFormat.open(file);
        } catch (NotATableException notATable) {
            return FileReport.failed(name, sha256, "?", notATable.reasonZh(), notATable.reasonEn());
        }
        Progress progress = new Progress(name, sha256, stagingFile, fileIndex);
        try {
            reader.read(progress::accept);
        } catch (NotATableException notATable) {
            return progress.report(reader.description(), FileReport.Status.FAILED, notATable.reasonZh(), notATable.reasonEn());
        } finally {
            progress.close();
        }
        if (progress.layout == null) {
            return FileReport.failed(name, sha256, reader.description(), noHeaderZh(progress), noHeaderEn());
        }
        log.info("{} {}: {} rows read, {} accepted, {} quarantined", kind.id(), name,
                progress.read, progress.accepted, progress.quarantined);
        return progress.report(reader.description(), FileReport.Status.INGESTED, null, null);
    }

    private String noHeaderZh(Progress progress) {
        String base = "前" + headerSearchRows + "行中没有同时包含 " + locator.requiredHeaders() + " 的表头行";
        if (progress.bestCandidate == null) {
            return base + "（文件中没有数据）";
        }
        return base + "（第" + progress.bestCandidateLine + "行最接近，缺少 " + String.join("、", progress.bestMissing) + "）";
    }

    private String noHeaderEn() {
        return "no header row naming all required columns (" + locator.requiredHeaders() + ") in the first "
                + headerSearchRows + " rows";
    }

    /** The state of one file's ingest as its rows stream past. */
    private final class Progress {
        private final String name;
        private final String sha256;
        private final Path stagingFile;
        private final int fileIndex;
        private final long started = System.nanoTime();
        private int rowsBeforeHeader;
        private List<String> bestCandidate;
        private List<String> bestMissing;
        private long bestCandidateLine;
        private HeaderLayout layout;
        private Long headerLine;
        private String headerFirstRequired;
        private int firstRequiredColumn;
        private RowNormalizer normalizer;
        private ParquetRowsWriter staging;
        private long read;
        private long accepted;
        private long quarantined;
        private long dropped;

        Progress(String name, String sha256, Path stagingFile, int fileIndex) {
            this.name = name;
            this.sha256 = sha256;
            this.stagingFile = stagingFile;
            this.fileIndex = fileIndex;
        }

        boolean accept(RawRow row) throws IOException {
            if (row.isBlank()) {
                return true;
            }
            if (layout == null) {
                return lookForHeader(row);
            }
            dataRow(row);
            return true;
        }

        private boolean lookForHeader(RawRow row) throws IOException {
            rowsBeforeHeader++;
            Optional<HeaderLayout> found = row.malformed() == null ? locator.layoutOf(row.cells()) : Optional.empty();
            if (found.isPresent()) {
                startData(row, found.get());
                return true;
            }
            if (row.malformed() == null) {
                List<String> missing = locator.missingRequired(row.cells());
                if (bestMissing == null || missing.size() < bestMissing.size()) {
                    bestCandidate = row.cells();
                    bestMissing = missing;
                    bestCandidateLine = row.line();
                }
            }
            return rowsBeforeHeader < headerSearchRows;
        }

        private void startData(RawRow header, HeaderLayout found) throws IOException {
            layout = found;
            headerLine = header.line();
            normalizer = new RowNormalizer(found);
            firstRequiredColumn = found.columnOf(kind.fields().indexOf(kind.requiredFields().get(0)));
            headerFirstRequired = Normalize.header(header.cells().get(firstRequiredColumn));
            staging = new ParquetRowsWriter(stagingFile, StagingColumns.of(kind));
            if (!found.duplicateHeaders().isEmpty()) {
                log.warn("{} {}: duplicate header columns {} ignored, the first of each is used", kind.id(), name,
                        found.duplicateHeaders());
            }
        }

        private void dataRow(RawRow row) throws IOException {
            read++;
            if (row.malformed() != null) {
                reject(row, row.malformed());
            } else if (isRepeatedHeader(row)) {
                reject(row, new RowProblem(null, "重复的表头行", "repeated header row"));
            } else {
                RowOutcome outcome = normalizer.normalize(row.cells());
                if (outcome instanceof RowOutcome.Rejected rejected && row.lineSpan() > 1) {
                    read--;
                    for (RawRow line : CsvTableReader.splitLines(row)) {
                        if (!line.isBlank()) {
                            dataRow(line);
                        }
                    }
                    return;
                }
                record(row, outcome);
            }
            if (read % PROGRESS_EVERY == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("{} {}: {} rows read ({} rows/s)", kind.id(), name, read, Math.round(read / seconds));
            }
        }

        private void record(RawRow row, RowOutcome outcome) throws IOException {
            if (outcome instanceof RowOutcome.Accepted acceptedRow) {
                NormalizedRow normalized = acceptedRow.row();
                staging.write(StagingColumns.values(kind, normalized, name, row.line(), fileIndex));
                accepted++;
                for (NormalizedRow.DroppedValue value : normalized.droppedValues()) {
                    quarantine.dropped(name, row.line(), value);
                    dropped++;
                }
            } else {
                RowOutcome.Rejected rejected = (RowOutcome.Rejected) outcome;
                quarantine.reject(name, row.line(), row.rawText(), rejected.reasonZh(), rejected.reasonEn());
                quarantined++;
            }
        }

        private void reject(RawRow row, RowProblem problem) throws IOException {
            quarantine.reject(name, row.line(), row.rawText(), problem);
            quarantined++;
        }

        private boolean isRepeatedHeader(RawRow row) {
            if (firstRequiredColumn >= row.cells().size()) {
                return false;
            }
            String cell = Normalize.header(row.cells().get(firstRequiredColumn));
            return headerFirstRequired.equals(cell) && locator.layoutOf(row.cells()).isPresent();
        }

        FileReport report(String format, FileReport.Status status, String errorZh, String errorEn) {
            List<String> unknown = layout == null ? List.of() : new ArrayList<>(layout.unknownColumns().values());
            List<String> duplicates = layout == null ? List.of() : layout.duplicateHeaders();
            return new FileReport(name, format, status, errorZh, errorEn, headerLine, read, accepted, quarantined, dropped,
                    unknown, duplicates, sha256, null);
        }

        void close() throws IOException {
            if (staging != null) {
                staging.close();
                staging = null;
            }
        }
    }
}
