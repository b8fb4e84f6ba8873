package cn.certsift.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTests {

    private static final Optional<LocalDate> MARCH_5 = Optional.of(LocalDate.of(2024, 3, 5));

    @ParameterizedTest(name = "[{0}] is 2024-03-05")
    @ValueSource(strings = {"2024-03-05", "2024/3/5", "2024.03.05", "20240305", "2024年3月5日", "2024年03月05日",
            "2024年3月5", "2024-3-5", " 2024-03-05 ", "２０２４－０３－０５", "2024 年 3 月 5 日",
            "2024-03-05 00:00:00", "2024/3/5 0:00", "2024-03-05T08:30:00", "2024-03-05 08:30:00.0", "'2024-03-05"})
    void everyContractFormatReadsTheSameDay(String raw) {
        assertEquals(MARCH_5, DateValues.parse(raw));
    }

    @ParameterizedTest(name = "[{0}] is not a date")
    @ValueSource(strings = {"2024-02-30", "2024-13-01", "2023-02-29", "24-3-5", "2024-03", "三月五日", "abc",
            "1899-12-31", "2024030", "45356", ""})
    void impossibleOrIncompleteDatesAreRejected(String raw) {
        assertTrue(DateValues.parse(raw).isEmpty(), raw);
    }

    @Test
    void leapDayIsARealDate() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateValues.parse("2024/2/29"));
    }

    @Test
    void permanentValidityReadsAsTheLastDay() {
        assertEquals(Optional.of(DateValues.PERMANENT), DateValues.parseValidityEnd("长期"));
        assertEquals(Optional.of(DateValues.PERMANENT), DateValues.parseValidityEnd("长期有效"));
        assertEquals(MARCH_5, DateValues.parseValidityEnd("2024.3.5"));
        assertTrue(DateValues.parse("长期").isEmpty(), "长期 is only a validity end");
    }

    @Test
    void excelSerialsFollowThe1900And1904DateSystems() {
        assertEquals(LocalDate.of(2024, 3, 5), DateValues.fromExcelSerial(45356, false));
        assertEquals(LocalDate.of(2024, 3, 5), DateValues.fromExcelSerial(45356.75, false));
        assertEquals(LocalDate.of(1900, 1, 1), DateValues.fromExcelSerial(1, false));
        assertEquals(LocalDate.of(1900, 2, 28), DateValues.fromExcelSerial(59, false));
        assertEquals(LocalDate.of(1900, 3, 1), DateValues.fromExcelSerial(61, false));
        assertEquals(LocalDate.of(2024, 3, 5), DateValues.fromExcelSerial(45356 - 1462, true));
    }
}
