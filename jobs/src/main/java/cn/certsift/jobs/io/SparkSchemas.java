package cn.certsift.jobs.io;

import java.util.List;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark schema of a Parquet layer the project writes itself, so Spark reads it even when it holds no file. */
public final class SparkSchemas {

    private SparkSchemas() {
    }

    public static StructType of(List<ParquetColumn> columns) {
        return new StructType(columns.stream()
                .map(column -> DataTypes.createStructField(column.name(), typeOf(column.type()), true))
                .toArray(StructField[]::new));
    }

    private static DataType typeOf(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case LONG -> DataTypes.LongType;
            case STRING_MAP -> DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true);
        };
    }
}
