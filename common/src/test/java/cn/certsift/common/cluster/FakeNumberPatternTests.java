package cn.certsift.common.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FakeNumberPatternTests {

    @Test
    void anIdNumberBehindAPrefixIsBlankedSoTheSchemeNotThePersonIsTheKey() {
        assertEquals("TZ{身份证号}", FakeNumberPattern.of("TZ440703199001011234"));
        assertEquals(FakeNumberPattern.of("TZ44070319900101123X"), FakeNumberPattern.of("TZ110105194912310021"));
        assertEquals("T{身份证号}", FakeNumberPattern.of("T440703199001011234"));
        assertEquals("{身份证号}", FakeNumberPattern.of("440703199001011234"));
    }

    @Test
    void consecutiveSerialsShareTheirBlockOfOneThousand() {
        assertEquals("粤J012019990###", FakeNumberPattern.of("粤J012019990123"));
        assertEquals(FakeNumberPattern.of("粤J012019990123"), FakeNumberPattern.of("粤J012019990124"));
        assertEquals(FakeNumberPattern.of("JMAQ2023-00017"), FakeNumberPattern.of("JMAQ2023-00099"));
    }

    @Test
    void anotherCityCategoryYearOrBlockIsAnotherPattern() {
        assertNotEquals(FakeNumberPattern.of("粤J012019990123"), FakeNumberPattern.of("粤K012019990123"));
        assertNotEquals(FakeNumberPattern.of("粤J012019990123"), FakeNumberPattern.of("粤J012020990123"));
        assertNotEquals(FakeNumberPattern.of("粤J012019990123"), FakeNumberPattern.of("粤J012019991123"));
    }

    @Test
    void shortNumbersPlaceholdersAndNumbersWithoutASerialHaveNoPattern() {
        assertNull(FakeNumberPattern.of(null));
        assertNull(FakeNumberPattern.of("1234567"));
        assertNull(FakeNumberPattern.of("无证书编号待补录"));
        assertNull(FakeNumberPattern.of("ABCDEF123"));
    }
}
