package cn.certsift.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NormalizeTests {

    @ParameterizedTest(name = "[{0}] is the code [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "T440703198503051234|T440703198503051234",
            "  T4407 0319 8503 051234 |T440703198503051234",
            "ｔ４４０７０３１９８５０３０５１２３４|T440703198503051234",
            "'440703198503051234|440703198503051234",
            "’440703198503051234|440703198503051234",
            "44070319850305123x|44070319850305123X",
            "粤Ｊ０１２０１９０００１２３|粤J012019000123",
            "q2|Q2",
            "\u3000T1\u00A02\t3|T123"})
    void codesIgnoreSpacesWidthCaseAndTheExcelApostrophe(String raw, String expected) {
        assertEquals(expected, Normalize.code(raw));
    }

    @Test
    void blankValuesBecomeNull() {
        assertNull(Normalize.text(null));
        assertNull(Normalize.text(""));
        assertNull(Normalize.text(" \u3000\t"));
        assertNull(Normalize.text("'"));
    }

    @Test
    void textKeepsCaseButDropsSpacesAndFullWidth() {
        assertEquals("建筑起重机械司机(塔式起重机)", Normalize.text("建筑起重机械司机 （塔式起重机）"));
        assertEquals("C证", Normalize.text(" C 证 "));
    }

    @Test
    void proseKeepsOneSpaceBetweenWordsAndDropsTheExcelApostrophe() {
        assertEquals("加 vx abc_123, 电话 138", Normalize.prose("'  加　vx\t\n abc_123，\u200B电话 １３８ "));
        assertNull(Normalize.prose(" \n\u3000"));
        assertNull(Normalize.prose("'"));
    }

    @Test
    void namesDropSpacesAndUnifyTheMiddleDot() {
        assertEquals("王伟", Normalize.name(" 王 伟 "));
        assertEquals("阿卜杜·热合曼", Normalize.name("阿卜杜•热合曼"));
        assertEquals("阿卜杜·热合曼", Normalize.name("阿卜杜．热合曼"));
        assertEquals("阿卜杜·热合曼", Normalize.name("阿卜杜・热合曼"));
    }

    @Test
    void headersIgnoreCaseWidthAndRequiredMarks() {
        assertEquals("身份证号", Normalize.header(" 身份证号* "));
        assertEquals("cert_no", Normalize.header("CERT_NO"));
        assertEquals("有效期止", Normalize.header("有效期 止"));
    }

    @ParameterizedTest(name = "[{0}] is the phone [{1}]")
    @CsvSource(delimiter = '|', value = {
            "138-0013-8000|13800138000",
            "+86 138 0013 8000|13800138000",
            "１３８００１３８０００|13800138000",
            "0755-88888888|075588888888"})
    void phonesKeepDigitsOnly(String raw, String expected) {
        assertEquals(expected, Normalize.phone(raw));
    }

    @Test
    void everyCharacterIsKeptDroppedOrMadeHalfWidthExactlyAsSpecified() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String expected;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                expected = "AB";
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                expected = "A" + (char) (c - 0xFEE0) + "B";
            } else {
                expected = "A" + c + "B";
            }
            String character = "U+" + Integer.toHexString(c);
            assertEquals(expected, Normalize.text("A" + c + "B"), character);
        }
    }
}
