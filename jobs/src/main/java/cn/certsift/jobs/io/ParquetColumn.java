package cn.certsift.jobs.io;

/** A column of a Parquet layer written by the project. */
public record ParquetColumn(String name, ColumnType type) {
}
