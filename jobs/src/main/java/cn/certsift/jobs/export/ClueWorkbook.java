package cn.certsift.jobs.export;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.jobs.io.Publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;

/**
 * {@code clues.xlsx} for the cyberspace office and police: a sheet listing the clues (Chinese headers,
 * frozen, filterable, fitted widths, formulas neutralised, score as a number) and a sheet counting them
 * per kind under the monthly form's column names.
 */
public final class ClueWorkbook {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int SCORE_COLUMN = 3;
    private static final List<String> HEADERS = List.of("线索编号", "线索类型", "网址或链接", "评分", "联系方式", "关联团伙", "核查依据");

    private ClueWorkbook() {
    }

    /** Writes the clues, in the order given, and returns how many there were of each kind. */
    public static Map<ClueKind, Long> write(Iterator<Row> clues, Path file) throws IOException {
        Map<ClueKind, Long> counts = new EnumMap<>(ClueKind.class);
        for (ClueKind kind : ClueKind.values()) {
            counts.put(kind, 0L);
        }
        Path staged = Publish.staged(file);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            ListSheet list = new ListSheet(workbook, "线索清单", HEADERS);
            while (clues.hasNext()) {
                Row clue = clues.next();
                ClueKind kind = ClueKind.valueOf(clue.getAs("kind"));
                counts.merge(kind, 1L, Long::sum);
                double score = clue.getAs("score");
                list.add(List.of(clue.getAs("clue_id"), kind.chineseName(), clue.getAs("subject"), String.valueOf(score),
                                textOf(clue, "contacts"), textOf(clue, "cluster_id"), clue.getAs("evidence")))
                        .getCell(SCORE_COLUMN).setCellValue(score);
            }
            list.finish();
            writeCounts(workbook, counts);
            try (OutputStream out = Files.newOutputStream(staged)) {
                workbook.write(out);
            }
        } finally {
            workbook.dispose();
        }
        Publish.replace(staged, file);
        return counts;
    }

    private static void writeCounts(SXSSFWorkbook workbook, Map<ClueKind, Long> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((kind, n) -> rows.add(List.of(kind.name(), kind.chineseName(), kind.formColumn(), n)));
        Sheets.countsTable(workbook, workbook.createSheet("分类统计"), List.of("线索类型代码", "线索类型", "月报栏目", "数量"), rows,
                List.of("合计", "", "", counts.values().stream().mapToLong(Long::longValue).sum()), 3, new int[] {20, 22, 44, 10});
    }

    private static String textOf(Row clue, String column) {
        String value = clue.getAs(column);
        return value == null ? "" : value;
    }
}
