package cn.certsift.common.id;

/**
 * The result of checking an identification code: the code as normalised (a 15-digit ID number
 * becomes its 18-digit form), whether it passes its standard, and if not, why, in Chinese and English.
 */
public record CodeCheck(String value, boolean valid, String problemZh, String problemEn) {

    static CodeCheck passed(String value) {
        return new CodeCheck(value, true, null, null);
    }

    static CodeCheck failed(String value, String problemZh, String problemEn) {
        return new CodeCheck(value, false, problemZh, problemEn);
    }
}
