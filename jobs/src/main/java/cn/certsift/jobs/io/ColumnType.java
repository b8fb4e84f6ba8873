package cn.certsift.jobs.io;

/** The value types of the project's Parquet layers. */
public enum ColumnType {
    /** UTF-8 text. */
    STRING,
    /** A calendar date ({@link java.time.LocalDate}). */
    DATE,
    DOUBLE,
    BOOLEAN,
    LONG,
    /** Text keys to text values ({@code Map<String, String>}), for columns the contract does not name. */
    STRING_MAP
}
