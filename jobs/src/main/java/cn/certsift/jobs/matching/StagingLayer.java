package cn.certsift.jobs.matching;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.ingest.StagingColumns;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.io.SparkSchemas;
import cn.certsift.jobs.nightly.RunFolders;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads a source's staging layer with its declared schema (an optional source may have no file at all). */
public final class StagingLayer {

    private StagingLayer() {
    }

    public static Dataset<Row> read(SparkSession spark, RunFolders run, SourceKind kind) {
        return ParquetLayers.read(spark, run.staging(kind), SparkSchemas.of(StagingColumns.of(kind)));
    }

    /** The certificates of the three registries, with their department ({@link RegistryCertificates}). */
    public static Dataset<Row> registries(SparkSession spark, RunFolders run) {
        return RegistryCertificates.union(registryDepartments(spark, run));
    }

    /** The same certificates, one Dataset per department ({@link RegistryCertificates#departments}). */
    public static List<Dataset<Row>> registryDepartments(SparkSession spark, RunFolders run) {
        return RegistryCertificates.departments(read(spark, run, SourceKind.REGISTRY_MEM),
                read(spark, run, SourceKind.REGISTRY_MOHURD), read(spark, run, SourceKind.REGISTRY_SAMR));
    }
}
