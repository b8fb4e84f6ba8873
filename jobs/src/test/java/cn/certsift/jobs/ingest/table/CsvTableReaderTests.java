package cn.certsift.jobs.ingest.table;

import static cn.certsift.jobs.ingest.table.Fixtures.fixture;
import static cn.certsift.jobs.ingest.table.Fixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableReaderTests {

    private static final List<String> WANG_WEI = List.of("9144030071526726XG", "深圳市腾达建筑有限公司", "南山区", "王伟",
            "11010519491231002X", "电工", "T11010519491231002X", "");

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({"roster-utf8.csv, UTF-8", "roster-utf8-bom-crlf.csv, UTF-8 BOM", "roster-gbk-title-row.csv, GBK/GB18030"})
    void everyContractEncodingIsDetectedAndDecoded(String file, String encoding) throws Exception {
        CsvTableReader reader = new CsvTableReader(fixture(file));
        List<RawRow> rows = rows(reader);
        assertEquals("CSV (" + encoding + ")", reader.description());
        RawRow header = rows.stream().filter(row -> row.cells().get(0).equals("统一社会信用代码")).findFirst().orElseThrow();
        assertEquals("离职日期", header.cells().get(7), "the last header cell carries no CR");
        assertEquals(WANG_WEI, rows.get(rows.indexOf(header) + 1).cells());
    }

    @Test
    void titleRowsAboveTheHeaderAreDeliveredWithTheirLineNumbers() throws Exception {
        List<RawRow> rows = rows(fixture("roster-gbk-title-row.csv"));
        assertEquals("2024年第一季度从业人员花名册", rows.get(0).cells().get(0));
        assertEquals(3, rows.get(2).line());
        assertEquals(4, rows.get(3).line());
    }

    @Test
    void charactersOutsideGbkSurviveInGb18030() throws Exception {
        assertEquals("王\uD840\uDC3E", rows(fixture("roster-gb18030-rare-name.csv")).get(1).cells().get(3));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        List<RawRow> rows = rows(fixture("roster-quoted-fields.csv"));
        assertEquals(3, rows.size());
        assertEquals("深圳市腾达建筑有限公司,南山分公司", rows.get(1).cells().get(1));
        assertEquals("电工\n(夜班)", rows.get(1).cells().get(5));
        assertEquals(2, rows.get(1).line());
        assertEquals(2, rows.get(1).lineSpan());
        assertEquals("华强\"电气\"安装有限公司", rows.get(2).cells().get(1));
        assertEquals(4, rows.get(2).line(), "line numbers count the line break inside quotes");
    }

    @Test
    void anUnbalancedQuoteSpoilsOnlyItsOwnLine() throws Exception {
        List<RawRow> rows = rows(fixture("roster-unbalanced-quote.csv"));
        assertEquals(4, rows.size());
        RawRow broken = rows.get(1);
        assertEquals(2, broken.line());
        assertTrue(broken.malformed().zh().contains("引号未闭合"));
        assertTrue(broken.rawText().startsWith("9144030071526726XG,\"深圳市"));
        assertEquals(3, rows.get(2).line());
        assertEquals("李娜", rows.get(2).cells().get(3));
        assertEquals(4, rows.get(3).line());
        assertNull(rows.get(3).malformed());
    }

    @Test
    void aLineInAnotherEncodingIsReportedNotGarbled() throws Exception {
        List<RawRow> rows = rows(fixture("roster-mixed-encodings.csv"));
        assertEquals(WANG_WEI, rows.get(1).cells());
        assertTrue(rows.get(2).malformed().zh().contains("混用了多种编码"), rows.get(2).malformed().zh());
        assertEquals(3, rows.get(2).line());
    }

    @Test
    void binaryAndEmptyFilesAreNotTables() {
        NotATableException binary = assertThrows(NotATableException.class, () -> rows(fixture("binary-garbage.csv")));
        assertTrue(binary.reasonZh().contains("二进制"), binary.reasonZh());
        NotATableException empty = assertThrows(NotATableException.class, () -> rows(fixture("empty.csv")));
        assertEquals("文件为空", empty.reasonZh());
    }

    @Test
    void aConsumerCanStopReading() throws Exception {
        int[] seen = {0};
        new CsvTableReader(fixture("roster-utf8.csv")).read(row -> ++seen[0] < 2);
        assertEquals(2, seen[0]);
    }
}
