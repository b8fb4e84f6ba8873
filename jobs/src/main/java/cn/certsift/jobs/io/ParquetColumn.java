package cn.certsift.jobs.io;

/**
 * A column of a Parquet layer written by the project. A {@code nearlyUnique} column (ID numbers,
 * certificate numbers, line numbers) is written without dictionary encoding, which would only build
 * a dictionary, overflow it and fall back.
 */
public record ParquetColumn(String name, ColumnType type, boolean nearlyUnique) {

    public ParquetColumn(String name, ColumnType type) {
        this(name, type, false);
    }
}
