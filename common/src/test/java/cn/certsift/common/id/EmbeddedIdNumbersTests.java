package cn.certsift.common.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbeddedIdNumbersTests {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', value = {
            // MEM: T (or another letter) and the holder's ID number
            "T45088119890726711X | T450881********711X",
            "t45088119890726711x | t450881********711x",
            "A440305199701014562 | A440305********4562",
            // SAMR: the ID number itself
            "11010519491231002X | 110105********002X",
            // a mistyped check character is still someone's number
            "T450881198907267119 | T450881********7119",
            // a legacy 15-digit number
            "110105491231002 | 110105*****1002",
            // numbers that carry no ID number stay whole
            "粤J022026822740 | 粤J022026822740",
            "湘建安B（2022）0001234 | 湘建安B（2022）0001234",
            "13812345678 | 13812345678",
            // a forged number with no real birth date still shows most of someone's ID number
            "440785199842178962 | 440785********8962",
            // credit codes are no ID numbers
            "914407030007YARR45 | 914407030007YARR45",
            "914403001234100052 | 914403001234100052",
            // an ID number inside a longer number passes the full check
            "No.0011010519491231002X | No.00110105********002X"})
    void certificateNumbersThatCarryAnIdNumberAreMaskedAsTheIdNumberIs(String value, String masked) {
        assertEquals(masked, EmbeddedIdNumbers.mask(value));
    }

    @Test
    void everyNumberInASentenceIsMaskedAndTheRestKept() {
        String evidence = "证书编号 T511302196911151713 在应急管理部门证书库中登记的持证人为 丁国（身份证号 511302********1713），"
                + "与花名册人员 唐娜（身份证号 440111********1785）不符；另见 440111199001011785。";
        assertEquals("证书编号 T511302********1713 在应急管理部门证书库中登记的持证人为 丁国（身份证号 511302********1713），"
                + "与花名册人员 唐娜（身份证号 440111********1785）不符；另见 440111********1785。", EmbeddedIdNumbers.mask(evidence));
    }

    @Test
    void theRowsOwnIdNumberIsMaskedWhereverItAppearsEvenWhenItFailsItsCheck() {
        String invalid = "4401112001023";
        assertEquals("T440111***1023-2", EmbeddedIdNumbers.mask("T4401112001023-2", invalid));
        assertEquals("K440111***1023", EmbeddedIdNumbers.mask("K4401112001023", invalid.toLowerCase()));
        assertEquals("证书 2024440111***102399", EmbeddedIdNumbers.mask("证书 20244401112001023" + "99", invalid));
    }

    @Test
    void emptyValuesStayAsTheyAre() {
        assertNull(EmbeddedIdNumbers.mask(null));
        assertEquals("", EmbeddedIdNumbers.mask("", "11010519491231002X"));
        assertEquals("无", EmbeddedIdNumbers.mask("无", (String) null));
    }
}
