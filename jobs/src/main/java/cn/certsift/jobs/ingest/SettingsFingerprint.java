package cn.certsift.jobs.ingest;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.SourceKind;
import cn.certsift.common.text.Digests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The SHA-256 over everything besides a file's bytes that decides what ingest makes of them for a
 * source: the source's columns, the headers the dictionary recognises for it (contract headers and
 * synonyms), how many rows are searched for the header, the staging and quarantine schemas, and the
 * staging format version. The same file ingested with the same fingerprint gives the same staging and
 * quarantine, which is what lets a run reuse an unchanged file's staging from the run before. The one
 * input it leaves out is the clock: an ID number whose birth date was still in the future when the file
 * was read keeps its failed check until the file changes, which no worker's ID number is.
 */
final class SettingsFingerprint {

    /**
     * The version of what ingest writes. Bump it with every change of the code that changes the staging or
     * quarantine a file produces (how values are normalised or checked, which rows are rejected and why,
     * row ids, the Parquet encoding): a run then reads every file again instead of reusing the staging an
     * older version wrote.
     */
    static final int STAGING_FORMAT_VERSION = 1;

    private SettingsFingerprint() {
    }

    /** 64 lower-case hex digits. */
    static String of(SourceKind kind, HeaderDictionary dictionary, int headerSearchRows) {
        List<String> settings = new ArrayList<>();
        settings.add("staging format version " + STAGING_FORMAT_VERSION);
        settings.add("source " + kind.id());
        kind.fields().forEach(field -> settings.add("field " + field));
        kind.oneRequired().forEach(field -> settings.add("one of " + field.name()));
        dictionary.entries(kind).forEach((header, column) -> settings.add("header " + header + " → " + column));
        settings.add("header search rows " + headerSearchRows);
        StagingColumns.of(kind).forEach(column -> settings.add("staging column " + column));
        QuarantineSink.COLUMNS.forEach(column -> settings.add("quarantine column " + column));
        return Digests.sha256Hex(String.join("\n", settings).getBytes(StandardCharsets.UTF_8));
    }
}
