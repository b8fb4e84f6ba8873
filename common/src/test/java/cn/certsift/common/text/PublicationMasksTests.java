package cn.certsift.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationMasksTests {

    @ParameterizedTest
    @CsvSource({"王伟,王某", "欧阳娜娜,欧阳某", "欧阳,欧某", "李,李某", "' 孙丽 ',孙某"})
    void namesKeepTheSurname(String name, String masked) {
        assertEquals(masked, PublicationMasks.name(name));
    }

    @ParameterizedTest
    @CsvSource({"440703198503051234,4407**********1234", "44070319850305123X,4407**********123X", "12345,*****"})
    void idNumbersKeepFourAndFour(String id, String masked) {
        assertEquals(masked, PublicationMasks.idNumber(id));
    }

    @ParameterizedTest
    @CsvSource({"T440703198503051234,T4407**********1234", "粤J012019000123,粤J012*****0123", "Q2-1,****"})
    void certificateNumbersHideTheEmbeddedIdNumber(String certNo, String masked) {
        assertEquals(masked, PublicationMasks.certificateNumber(certNo));
    }
}
