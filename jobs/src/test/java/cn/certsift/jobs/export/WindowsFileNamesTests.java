package cn.certsift.jobs.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowsFileNamesTests {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', value = {
            "南山区|南山区",
            "高新区/开发区|高新区_开发区",
            "a\\b:c*d?e\"f<g>h|a_b_c_d_e_f_g_h",
            "区县.|区县",
            "  |未知区县",
            "CON|CON_",
            "com1|com1_"})
    void namesWindowsRejectsAreMadeSafe(String district, String expected) {
        assertEquals(expected, WindowsFileNames.safe(district, "未知区县"));
    }
}
