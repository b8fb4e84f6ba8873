package cn.certsift.jobs.export;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.jobs.workbook.ColumnKind;
import cn.certsift.jobs.workbook.FileTitle;
import cn.certsift.jobs.workbook.ListColumn;
import cn.certsift.jobs.workbook.ListSheet;
import cn.certsift.jobs.workbook.WorkbookFiles;
import cn.certsift.jobs.workbook.WorkbookStyles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;

/**
 * {@code clues.xlsx} for the cyberspace office and police: a sheet listing the clues (Chinese headers,
 * frozen, filterable, formulas neutralised, score as a number, text wrapped in rows tall enough) and a
 * sheet counting them per kind under the monthly form's column each kind feeds.
 */
public final class ClueWorkbook {

    private static final int ROWS_IN_MEMORY = 200;
    static final String NOTE = "注：数量为本次筛查发现的线索数；月报栏目统计经网信、通信管理部门处置（关闭、清理、下架）的数量，请按处置结果填报。";

    private ClueWorkbook() {
    }

    /** One kind's line of the counts sheet. */
    private record KindCount(String kind, String label, String formColumn, Long clues) {
    }

    /** Writes the clues, in the order given, and returns how many there were of each kind. */
    public static Map<ClueKind, Long> write(Iterator<Row> clues, Path file, LocalDate runDate) throws IOException {
        Map<ClueKind, Long> counts = new EnumMap<>(ClueKind.class);
        for (ClueKind kind : ClueKind.values()) {
            counts.put(kind, 0L);
        }
        FileTitle title = new FileTitle("网络涉假证线索清单", runDate);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            ListSheet<Row> list = new ListSheet<>(workbook, styles, title, "线索清单", List.of(
                    ListColumn.of("线索编号", 20, ColumnKind.CODE, clue -> clue.getAs("clue_id")),
                    ListColumn.text("线索类型", 10, clue -> ClueKind.valueOf(clue.getAs("kind")).chineseName()),
                    ListColumn.text("网址或链接", 30, clue -> clue.getAs("subject")),
                    ListColumn.of("评分", 6, ColumnKind.AMOUNT, clue -> clue.getAs("score")),
                    ListColumn.text("联系方式", 20, clue -> clue.getAs("contacts")),
                    ListColumn.text("关联团伙", 14, clue -> clue.getAs("cluster_id")),
                    ListColumn.text("核查依据", 60, clue -> clue.getAs("evidence"))));
            while (clues.hasNext()) {
                Row clue = clues.next();
                counts.merge(ClueKind.valueOf(clue.getAs("kind")), 1L, Long::sum);
                list.add(clue);
            }
            list.finish();
            writeCounts(workbook, styles, title, counts);
            WorkbookFiles.publish(workbook, file);
        } finally {
            workbook.dispose();
        }
        return counts;
    }

    private static void writeCounts(SXSSFWorkbook workbook, WorkbookStyles styles, FileTitle title, Map<ClueKind, Long> counts) {
        ListSheet<KindCount> sheet = new ListSheet<>(workbook, styles, title, "分类统计", List.of(
                ListColumn.text("线索类型", 18, KindCount::label),
                ListColumn.text("月报栏目", 36, KindCount::formColumn),
                ListColumn.of("数量", 8, ColumnKind.INTEGER, KindCount::clues),
                ListColumn.<KindCount>of("线索类型代码", 16, ColumnKind.CODE, KindCount::kind).screenOnly()));
        counts.forEach((kind, n) -> sheet.add(new KindCount(kind.name(), kind.chineseName(), kind.formColumn(), n)));
        sheet.addTotal(new KindCount("", "合计", "", counts.values().stream().mapToLong(Long::longValue).sum()));
        sheet.addNote(NOTE);
        sheet.finish();
    }
}
