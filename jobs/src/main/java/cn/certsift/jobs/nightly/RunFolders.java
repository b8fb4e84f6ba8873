package cn.certsift.jobs.nightly;

import cn.certsift.common.source.SourceKind;

import java.nio.file.Path;

/** Where a nightly run keeps each layer and output inside its output folder. */
public record RunFolders(Path root) {

    /** Normalised rows of a source, one Parquet file per input file: the layer matching reads. */
    public Path staging(SourceKind kind) {
        return root.resolve("staging").resolve(kind.id());
    }

    public Path ingestReport(SourceKind kind) {
        return root.resolve("staging").resolve("_reports").resolve(kind.id() + ".json");
    }

    public Path quarantine() {
        return root.resolve("quarantine");
    }

    public Path quarantineCsv(SourceKind kind) {
        return quarantine().resolve(kind.id() + ".csv");
    }

    public Path quarantineParquet(SourceKind kind) {
        return quarantine().resolve(kind.id());
    }

    public Path droppedValuesCsv(SourceKind kind) {
        return quarantine().resolve(kind.id() + "_dropped_values.csv");
    }

    public Path runSummary() {
        return root.resolve("run-summary.json");
    }
}
