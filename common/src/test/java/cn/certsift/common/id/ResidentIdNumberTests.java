package cn.certsift.common.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

    /** The example number printed in GB 11643-1999 itself. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void theStandardsOwnExamplePasses() {
        CodeCheck check = ResidentIdNumber.check(STANDARD_EXAMPLE);
        assertTrue(check.valid());
        assertEquals(STANDARD_EXAMPLE, check.value());
    }

    @ParameterizedTest(name = "[{0}] is the same person as the standard's example")
    @ValueSource(strings = {"11010519491231002x", " 110105 19491231 002X ", "１１０１０５１９４９１２３１００２Ｘ",
            "'11010519491231002X", "110105491231002"})
    void spellingsOfTheSameNumberNormaliseToIt(String raw) {
        CodeCheck check = ResidentIdNumber.check(raw);
        assertTrue(check.valid(), check.toString());
        assertEquals(STANDARD_EXAMPLE, check.value());
    }

    @Test
    void fifteenDigitLegacyNumbersGainCenturyAndCheckCharacter() {
        assertEquals(STANDARD_EXAMPLE, ResidentIdNumber.upgrade("110105491231002"));
        assertEquals("440703198503051234".length(), ResidentIdNumber.upgrade("440703850305123").length());
        assertTrue(ResidentIdNumber.check(ResidentIdNumber.upgrade("440703850305123")).valid());
    }

    @ParameterizedTest(name = "[{0}] fails: {1}")
    @CsvSource(delimiter = '|', value = {
            "110105194912310021|校验码错误（应为X）",
            "110105194902300021|出生日期无效",
            "110105194913010021|出生日期无效",
            "440524188001010014|早于1900年",
            "11010519491231002|长度为17位",
            "1101051949123100211|长度为19位",
            "11010519491231002Y|非法字符",
            "1101A5194912310021|非法字符",
            "110105491331002|15位身份证号中的出生日期无效"})
    void brokenNumbersFailWithTheirReason(String raw, String reason) {
        CodeCheck check = ResidentIdNumber.check(raw);
        assertFalse(check.valid(), raw);
        assertTrue(check.problemZh().contains(reason), check.problemZh());
        assertTrue(check.problemEn() != null && !check.problemEn().isBlank());
    }

    @Test
    void aBirthDateInTheFutureFails() {
        String first17 = "11010520991231002";
        assertFalse(ResidentIdNumber.check(first17 + ResidentIdNumber.checkCharacter(first17)).valid());
    }

    @Test
    void maskingHidesBirthDateAndSequence() {
        assertEquals("440703********1234", ResidentIdNumber.mask("440703198503051234"));
        assertEquals("110105*****1002", ResidentIdNumber.mask("110105491231002"));
        assertEquals("*****", ResidentIdNumber.mask("12345"));
    }

    @Test
    void divisionCodeIsTheFirstSixDigits() {
        assertEquals("440703", ResidentIdNumber.divisionCode("440703198503051234"));
    }
}
