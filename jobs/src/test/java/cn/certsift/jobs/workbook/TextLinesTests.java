package cn.certsift.jobs.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLinesTests {

    @Test
    void chineseCharactersTakeTwiceTheWidthOfDigits() {
        // A column 12 digits wide leaves 9.8 for text: nine digits, or four Chinese characters, to a line.
        assertEquals(1, TextLines.count("123456789", 12));
        assertEquals(2, TextLines.count("1234567890", 12));
        assertEquals(1, TextLines.count("证书编号", 12));
        assertEquals(2, TextLines.count("证书编号有", 12));
        assertEquals(3, TextLines.count("证书编号在各部门证书库", 12));
    }

    @Test
    void latinWordsMoveWholeToTheNextLineAndOnlyWordsLongerThanALineBreak() {
        assertEquals(2, TextLines.count("1234 67890", 12), "67890 does not fit after 1234 and moves down whole");
        assertEquals(2, TextLines.count("证书 T450881", 12), "the number moves to the next line");
        assertEquals(3, TextLines.count("证书 T45088119890726711X", 12), "19 characters take two lines of their own");
    }

    @Test
    void lineBreaksInTheTextStartNewLinesAndEmptyTextTakesOne() {
        assertEquals(3, TextLines.count("一\n二\n三", 40));
        assertEquals(1, TextLines.count("", 10));
        assertEquals(1, TextLines.count(null, 10));
    }

    @Test
    void rowsAreTallEnoughForTheirLinesInTheirFont() {
        assertEquals(20f, TextLines.rowHeight(1, 11));
        assertEquals(66f, TextLines.rowHeight(4, 11));
        assertEquals(27f, TextLines.rowHeight(1, 16), "a 16 pt title");
        assertTrue(TextLines.rowHeight(1, 16) > 16, "taller than the font");
    }
}
