package cn.certsift.common.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    /** Codes published on business licences and in the national enterprise credit information system. */
    @ParameterizedTest(name = "[{0}] passes")
    @ValueSource(strings = {"91350100M000100Y43", "9144030071526726XG", "914403001922038216", "91330100716105852F"})
    void publishedCodesPass(String code) {
        CodeCheck check = CreditCode.check(code);
        assertTrue(check.valid(), check.toString());
        assertEquals(code, check.value());
    }

    @ParameterizedTest(name = "[{0}] is [{1}]")
    @CsvSource(delimiter = '|', value = {"9144030071526726xg|9144030071526726XG", " 91350100 M000100Y43|91350100M000100Y43",
            "９１３３０１００７１６１０５８５２Ｆ|91330100716105852F"})
    void spellingsNormaliseBeforeTheCheck(String raw, String expected) {
        CodeCheck check = CreditCode.check(raw);
        assertTrue(check.valid(), check.toString());
        assertEquals(expected, check.value());
    }

    @ParameterizedTest(name = "[{0}] fails: {1}")
    @CsvSource(delimiter = '|', value = {
            "91350100M000100Y44|校验码错误（应为3）",
            "914403001922038217|校验码错误（应为6）",
            "91350100M000100Y4|长度为17位",
            "91350100I000100Y43|非法字符“I”",
            "91350100O000100Y43|非法字符“O”"})
    void brokenCodesFailWithTheirReason(String raw, String reason) {
        CodeCheck check = CreditCode.check(raw);
        assertFalse(check.valid());
        assertTrue(check.problemZh().contains(reason), check.problemZh());
    }
}
