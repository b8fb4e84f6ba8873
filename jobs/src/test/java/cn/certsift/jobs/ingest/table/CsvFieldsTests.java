package cn.certsift.jobs.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvFieldsTests {

    @Test
    void unquotedFieldsRunToTheNextCommaAndEmptyOnesAreKept() {
        assertEquals(List.of("张三", "440703199001011234", ""), CsvFields.split("张三,440703199001011234,"));
        assertEquals(List.of("", "", "x"), CsvFields.split(",,x"));
        assertEquals(List.of("a"), CsvFields.split("a"));
        assertEquals(List.of(""), CsvFields.split(""));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsACharacterAndCarriageReturnsAreDropped() {
        assertEquals(List.of("5\"寸", "b"), CsvFields.split("5\"寸,b"));
        assertEquals(List.of("ab", "c"), CsvFields.split("a\rb,c\r"));
    }

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotesAndTextAfterTheClosingQuote() {
        assertEquals(List.of("x,y", "他说\"好\"", "qz", "w"), CsvFields.split("\"x,y\",\"他说\"\"好\"\"\",\"q\"z,w"));
        assertNull(CsvFields.split("\"open,field"));
    }
}
