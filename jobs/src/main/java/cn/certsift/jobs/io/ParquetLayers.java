package cn.certsift.jobs.io;

import java.nio.file.Path;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * How Spark reads and writes the run folder's Parquet layers. Locations are explicit {@code file:}
 * URIs, so that a cluster whose default file system is HDFS still reads the run folder on the shared
 * disk where the job wrote it (and a folder name in Chinese is passed as it is, not percent-encoded).
 */
public final class ParquetLayers {

    private ParquetLayers() {
    }

    public static String location(Path folder) {
        return "file:" + folder.toAbsolutePath().normalize();
    }

    public static Dataset<Row> read(SparkSession spark, Path folder) {
        return spark.read().parquet(location(folder));
    }

    /** Reads with a declared schema, so a layer with no file yet (an optional source) reads as empty. */
    public static Dataset<Row> read(SparkSession spark, Path folder, StructType schema) {
        return spark.read().schema(schema).parquet(location(folder));
    }

    public static void write(Dataset<Row> rows, Path folder) {
        rows.write().mode(SaveMode.Overwrite).parquet(location(folder));
    }
}
