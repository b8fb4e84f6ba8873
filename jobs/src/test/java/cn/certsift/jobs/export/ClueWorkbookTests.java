package cn.certsift.jobs.export;

import static cn.certsift.jobs.export.WorkbookCells.open;
import static cn.certsift.jobs.export.WorkbookCells.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.jobs.clues.ClueColumns;
import cn.certsift.jobs.spark.SparkExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkExtension.class)
class ClueWorkbookTests {

    @TempDir
    Path folder;

    private final SparkSession spark;

    ClueWorkbookTests(SparkSession spark) {
        this.spark = spark;
    }

    private List<Row> clues() {
        return spark.createDataFrame(List.of(
                RowFactory.create("C1", "FAKE_SITE", "cx-mem-gov.cn", 0.97, "网址 cx-mem-gov.cn 疑似仿冒官方证书查询平台", null, null),
                RowFactory.create("C2", "ILLEGAL_LISTING", "=HYPERLINK(\"http://evil\",\"点我\")", 0.6, "信息涉及“电工证”",
                        "手机 13812345678、微信 zscx-kefu01", "G1"),
                RowFactory.create("C3", "ILLEGAL_LISTING", "https://tieba.baidu.com/p/2", 0.6, "信息涉及“焊工证”", "手机 13812345678",
                        "G1")), ClueColumns.SCHEMA).collectAsList();
    }

    @Test
    void theCluesAreListedForTheCyberspaceOfficeAndPoliceAndCountedForTheMonthlyForm() throws Exception {
        Path file = folder.resolve("clues.xlsx");
        Map<ClueKind, Long> counts = ClueWorkbook.write(clues().iterator(), file, LocalDate.of(2026, 11, 20));
        assertEquals(Map.of(ClueKind.FAKE_SITE, 1L, ClueKind.ILLEGAL_LISTING, 2L), counts);
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet list = workbook.getSheet("线索清单");
            assertEquals(List.of("线索编号", "线索类型", "网址或链接", "评分", "联系方式", "关联团伙", "核查依据"), row(list, 0));
            assertEquals(List.of("C1", "假冒证书查询网站", "cx-mem-gov.cn", "0.97", "", "", "网址 cx-mem-gov.cn 疑似仿冒官方证书查询平台"),
                    row(list, 1));
            assertEquals("0.00", list.getRow(1).getCell(3).getCellStyle().getDataFormatString(), "the score keeps two decimals");
            assertTrue(list.getRow(2).getCell(4).getCellStyle().getWrapText(), "contacts wrap within their column, not into the next");
            assertEquals(CellType.NUMERIC, list.getRow(1).getCell(3).getCellType(), "the score sorts as a number");
            assertEquals("'=HYPERLINK(\"http://evil\",\"点我\")", row(list, 2).get(2), "formulas are neutralised");
            assertEquals(1, list.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(list.getCTWorksheet().isSetAutoFilter(), "header row has filters");
            assertTrue(list.getColumnWidth(6) > list.getColumnWidth(3), "the evidence column is widest");
            Sheet form = workbook.getSheet("分类统计");
            assertEquals(List.of("假冒证书查询网站", "关闭涉假网站、账号数量", "1.0", "FAKE_SITE"), row(form, 1));
            assertEquals(List.of("违法违规售证信息", "清理涉假违法违规信息数量", "2.0", "ILLEGAL_LISTING"), row(form, 2));
            assertEquals("3.0", row(form, 3).get(2));
            assertEquals(ClueWorkbook.NOTE, row(form, 5).get(0), "the counts are clues found, the form counts what was acted on");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("clues.xlsx"), files.map(f -> f.getFileName().toString()).toList(), "no partial file left");
        }
    }
}
