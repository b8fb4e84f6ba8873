package cn.certsift.jobs.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes rows of plain Java values ({@code Object[]}, one value per column) to one Parquet file,
 * streaming: only the current row group is held in memory. Used where rows are produced outside Spark
 * (ingestion streams files row by row) and read later by Spark.
 */
public final class ParquetRowsWriter implements Closeable {

    private static final int ROW_GROUP_BYTES = 32 * 1024 * 1024;

    private final ParquetWriter<Object[]> writer;

    public ParquetRowsWriter(Path file, List<ParquetColumn> columns) throws IOException {
        Builder builder = new Builder(new LocalOutputFile(file), columns)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize(ROW_GROUP_BYTES);
        columns.stream().filter(ParquetColumn::nearlyUnique).forEach(column -> builder.withDictionaryEncoding(column.name(), false));
        this.writer = builder.build();
    }

    public void write(Object[] row) throws IOException {
        writer.write(row);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    static MessageType schema(List<ParquetColumn> columns) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (ParquetColumn column : columns) {
            message.addField(type(column));
        }
        return message.named("certsift");
    }

    private static Type type(ParquetColumn column) {
        return switch (column.type()) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column.name());
            case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(column.name());
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(column.name());
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(column.name());
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(column.name());
            case STRING_MAP -> Types.optionalMap()
                    .key(Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("key"))
                    .optionalValue(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .named(column.name());
        };
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final List<ParquetColumn> columns;

        Builder(OutputFile file, List<ParquetColumn> columns) {
            super(file);
            this.columns = columns;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(columns);
        }
    }

    private static final class RowWriteSupport extends WriteSupport<Object[]> {
        private final List<ParquetColumn> columns;
        private RecordConsumer consumer;

        RowWriteSupport(List<ParquetColumn> columns) {
            this.columns = columns;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema(columns), new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(Object[] row) {
            consumer.startMessage();
            for (int i = 0; i < columns.size(); i++) {
                Object value = row[i];
                if (value == null) {
                    continue;
                }
                ParquetColumn column = columns.get(i);
                if (column.type() == ColumnType.STRING_MAP && ((Map<?, ?>) value).isEmpty()) {
                    continue;
                }
                consumer.startField(column.name(), i);
                writeValue(column.type(), value);
                consumer.endField(column.name(), i);
            }
            consumer.endMessage();
        }

        private void writeValue(ColumnType type, Object value) {
            switch (type) {
                // Array-backed: the dictionary encoder compares such values much faster than the buffer-backed fromString.
                case STRING -> consumer.addBinary(Binary.fromConstantByteArray(((String) value).getBytes(StandardCharsets.UTF_8)));
                case DATE -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
                case DOUBLE -> consumer.addDouble(((Number) value).doubleValue());
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
                case LONG -> consumer.addLong(((Number) value).longValue());
                case STRING_MAP -> writeMap((Map<?, ?>) value);
            }
        }

        private void writeMap(Map<?, ?> map) {
            consumer.startGroup();
            consumer.startField("key_value", 0);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                consumer.startGroup();
                consumer.startField("key", 0);
                consumer.addBinary(Binary.fromString(entry.getKey().toString()));
                consumer.endField("key", 0);
                if (entry.getValue() != null) {
                    consumer.startField("value", 1);
                    consumer.addBinary(Binary.fromString(entry.getValue().toString()));
                    consumer.endField("value", 1);
                }
                consumer.endGroup();
            }
            consumer.endField("key_value", 0);
            consumer.endGroup();
        }
    }
}
