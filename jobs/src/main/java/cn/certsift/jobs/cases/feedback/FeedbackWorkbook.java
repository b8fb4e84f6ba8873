package cn.certsift.jobs.cases.feedback;

import cn.certsift.common.text.Normalize;
import cn.certsift.jobs.export.InspectorColumns;
import cn.certsift.jobs.ingest.table.NotATableException;
import cn.certsift.jobs.ingest.table.RawRow;
import cn.certsift.jobs.ingest.table.TableFormat;
import cn.certsift.jobs.ingest.table.XlsxTableReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a district workbook back: every 问题清单 sheet, its columns found by their headers (so an inspector
 * may reorder or add columns), the six inspector columns and 问题编号 required.
 */
final class FeedbackWorkbook {

    static final String FINDINGS_SHEET = "问题清单";
    private static final List<String> REQUIRED = Stream.concat(Stream.of(InspectorColumns.FINDING_ID),
            InspectorColumns.HEADERS.stream()).toList();

    private FeedbackWorkbook() {
    }

    /** A workbook that cannot be imported at all, with the reason in Chinese. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    static List<FeedbackRow> read(Path file) throws IOException, Unreadable {
        if (!Files.isRegularFile(file)) {
            throw new Unreadable("文件不存在：" + file);
        }
        try {
            if (TableFormat.sniff(file) != TableFormat.XLSX) {
                throw new Unreadable("不是 xlsx 工作簿：" + file + "，请导入 CertSift 导出并填写后的区县工作簿");
            }
            XlsxTableReader reader = new XlsxTableReader(file, name -> name.startsWith(FINDINGS_SHEET));
            List<FeedbackRow> rows = new ArrayList<>();
            Map<String, Integer> columns = new HashMap<>();
            String[] sheet = {""};
            reader.read(row -> {
                if (!reader.sheetName().equals(sheet[0])) {
                    sheet[0] = reader.sheetName();
                    columns.clear();
                    columns.putAll(header(row));
                    return true;
                }
                if (!columns.keySet().containsAll(REQUIRED) || row.isBlank()) {
                    return true;
                }
                rows.add(new FeedbackRow(file.getFileName().toString(), sheet[0], row.line(), cell(row, columns,
                        InspectorColumns.FINDING_ID), cell(row, columns, InspectorColumns.RESULT),
                        cell(row, columns, InspectorColumns.MEASURE), cell(row, columns, InspectorColumns.FINE),
                        cell(row, columns, InspectorColumns.INSPECTOR), cell(row, columns, InspectorColumns.DATE),
                        cell(row, columns, InspectorColumns.REMARKS)));
                return true;
            });
            if (sheet[0].isEmpty()) {
                throw new Unreadable(file.getFileName() + " 中没有“" + FINDINGS_SHEET + "”工作表，请导入 CertSift 导出的区县工作簿");
            }
            if (!columns.keySet().containsAll(REQUIRED)) {
                List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
                throw new Unreadable(file.getFileName() + " 的“" + sheet[0] + "”缺少列：" + String.join("、", missing)
                        + "，请使用 CertSift 导出的区县工作簿填写");
            }
            return rows;
        } catch (NotATableException notATable) {
            throw new Unreadable("无法读取 " + file.getFileName() + "：" + notATable.reasonZh());
        }
    }

    /** Header names (spaces, full-width characters and * ignored) to their column. */
    private static Map<String, Integer> header(RawRow row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = Normalize.header(row.cells().get(i));
            int column = i;
            REQUIRED.stream().filter(required -> Normalize.header(required).equals(name)).findFirst()
                    .ifPresent(required -> columns.putIfAbsent(required, column));
        }
        return columns;
    }

    private static String cell(RawRow row, Map<String, Integer> columns, String name) {
        int column = columns.get(name);
        String value = column < row.cells().size() ? row.cells().get(column) : "";
        return value == null ? "" : value.strip();
    }
}
