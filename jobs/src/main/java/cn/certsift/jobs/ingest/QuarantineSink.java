package cn.certsift.jobs.ingest;

import cn.certsift.common.ingest.NormalizedRow;
import cn.certsift.common.ingest.RowProblem;
import cn.certsift.jobs.io.ColumnType;
import cn.certsift.jobs.io.CsvFileWriter;
import cn.certsift.jobs.io.ParquetColumn;
import cn.certsift.jobs.io.ParquetRowsWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The quarantine of one input file: rejected rows with file, line, raw content and reasons, as a CSV
 * part (for people, concatenated per source afterwards) and a Parquet part (for tools); and optional
 * values that were unreadable and left empty in rows that were kept.
 */
final class QuarantineSink implements Closeable {

    static final List<String> REJECTED_HEADER = List.of("文件", "行号", "原始内容", "原因", "reason");
    static final List<String> DROPPED_HEADER = List.of("文件", "行号", "字段", "原始值", "原因", "reason");
    static final List<ParquetColumn> COLUMNS = List.of(
            new ParquetColumn("source_file", ColumnType.STRING), new ParquetColumn("source_line", ColumnType.LONG),
            new ParquetColumn("raw", ColumnType.STRING), new ParquetColumn("reason_zh", ColumnType.STRING),
            new ParquetColumn("reason_en", ColumnType.STRING));

    private final CsvFileWriter rejectedCsv;
    private final ParquetRowsWriter rejectedParquet;
    private final CsvFileWriter droppedCsv;

    QuarantineSink(Path rejectedCsvPart, Path rejectedParquetPart, Path droppedCsvPart) throws IOException {
        this.rejectedCsv = new CsvFileWriter(rejectedCsvPart, false);
        this.rejectedParquet = new ParquetRowsWriter(rejectedParquetPart, COLUMNS);
        this.droppedCsv = new CsvFileWriter(droppedCsvPart, false);
    }

    void reject(String file, long line, String raw, String reasonZh, String reasonEn) throws IOException {
        rejectedCsv.writeRow(List.of(file, line, raw, reasonZh, reasonEn));
        rejectedParquet.write(new Object[] {file, line, raw, reasonZh, reasonEn});
    }

    void reject(String file, long line, String raw, RowProblem problem) throws IOException {
        reject(file, line, raw, problem.zh(), problem.en());
    }

    void dropped(String file, long line, NormalizedRow.DroppedValue value) throws IOException {
        droppedCsv.writeRow(List.of(file, line, value.field(), value.raw(), value.problem().zh(), value.problem().en()));
    }

    @Override
    public void close() throws IOException {
        try (rejectedCsv; rejectedParquet; droppedCsv) {
            // closes all three, reporting the first failure
        }
    }
}
