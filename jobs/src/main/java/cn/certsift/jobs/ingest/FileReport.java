package cn.certsift.jobs.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one input file: its format, where its header was, and how many data rows were
 * read, accepted and quarantined (read = accepted + quarantined). A failed file says why, in Chinese
 * and English. {@code sha256} is that of the file's bytes; {@code reusedFrom} names the earlier run
 * folder whose staging of the unchanged file was taken over instead of reading it, and is null when the
 * file was read.
 */
public record FileReport(String file, String format, Status status, String errorZh, String errorEn, Long headerLine,
                         long read, long accepted, long quarantined, long droppedValues,
                         List<String> unknownColumns, List<String> duplicateHeaders, String sha256, String reusedFrom) {

    public enum Status { INGESTED, FAILED }

    static FileReport failed(String file, String sha256, String format, String errorZh, String errorEn) {
        return new FileReport(file, format, Status.FAILED, errorZh, errorEn, null, 0, 0, 0, 0, List.of(), List.of(), sha256,
                null);
    }

    /** This report of an earlier run, for tonight's run that reuses the file's staging from that run's folder. */
    public FileReport reusedFromRun(Path runFolder) {
        return new FileReport(file, format, status, errorZh, errorEn, headerLine, read, accepted, quarantined, droppedValues,
                unknownColumns, duplicateHeaders, sha256, runFolder.toString());
    }
}
