package cn.certsift.jobs.nightly;

import cn.certsift.common.source.SourceKind;

import java.nio.file.Path;

/** Where a nightly run keeps each layer and output inside its output folder. */
public record RunFolders(Path root) {

    /** Normalised rows of a source, one Parquet file per input file: the layer matching reads. */
    public Path staging(SourceKind kind) {
        return root.resolve("staging").resolve(kind.id());
    }

    /** The staging Parquet file of a source's file number {@code fileIndex} (counted from 0 in the order of the names). */
    public Path stagingPart(SourceKind kind, int fileIndex) {
        return staging(kind).resolve(part(fileIndex) + ".parquet");
    }

    /** The name of file number {@code fileIndex}'s part of a layer of a source: part-00000, part-00001 … */
    public static String part(int fileIndex) {
        return String.format("part-%05d", fileIndex);
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

    /** The rejected rows of a source's file number {@code fileIndex}, for tools. */
    public Path quarantineParquetPart(SourceKind kind, int fileIndex) {
        return quarantineParquet(kind).resolve(part(fileIndex) + ".parquet");
    }

    public Path droppedValuesCsv(SourceKind kind) {
        return quarantine().resolve(kind.id() + "_dropped_values.csv");
    }

    /** Every finding and data-quality note the judge raised, before deduplication and status tracking. */
    public Path judgements() {
        return root.resolve("matching").resolve("judgements");
    }

    /** Which cluster each finding in a supply-chain cluster belongs to: finding_id, cluster_id. */
    public Path clusterMembership() {
        return root.resolve("matching").resolve("cluster_membership");
    }

    /** The findings of the run with their NEW / OPEN / RESOLVED status (contract section 4). */
    public Path findings() {
        return root.resolve("findings");
    }

    public Path findingsCsv() {
        return root.resolve("findings.csv");
    }

    /** findings.csv as a workbook, for analysts who open it in a spreadsheet program. */
    public Path findingsWorkbook() {
        return root.resolve("findings.xlsx");
    }

    /** Training institutions ranked by risk (contract section 4). */
    public Path institutions() {
        return root.resolve("institutions");
    }

    public Path institutionsCsv() {
        return root.resolve("institutions.csv");
    }

    public Path inspectors() {
        return root.resolve("inspectors");
    }

    /** Online clues above the threshold: fake query sites and listings that sell certificates. */
    public Path clues() {
        return root.resolve("clues");
    }

    public Path cluesCsv() {
        return root.resolve("clues.csv");
    }

    public Path cluesWorkbook() {
        return root.resolve("clues.xlsx");
    }

    /** Supply-chain clusters: findings linked to a common source of fake or borrowed certificates. */
    public Path clusters() {
        return root.resolve("clusters");
    }

    public Path clustersCsv() {
        return root.resolve("clusters.csv");
    }

    public Path runSummary() {
        return root.resolve("run-summary.json");
    }
}
