package cn.certsift.jobs.ingest;

import java.util.List;

/**
 * What happened to one input file: its format, where its header was, and how many data rows were
 * read, accepted and quarantined (read = accepted + quarantined). A failed file says why, in Chinese
 * and English.
 */
public record FileReport(String file, String format, Status status, String errorZh, String errorEn, Long headerLine,
                         long read, long accepted, long quarantined, long droppedValues,
                         List<String> unknownColumns, List<String> duplicateHeaders) {

    public enum Status { INGESTED, FAILED }

    static FileReport failed(String file, String format, String errorZh, String errorEn) {
        return new FileReport(file, format, Status.FAILED, errorZh, errorEn, null, 0, 0, 0, 0, List.of(), List.of());
    }
}
