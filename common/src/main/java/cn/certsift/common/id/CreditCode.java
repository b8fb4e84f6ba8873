package cn.certsift.common.id;

import cn.certsift.common.text.Normalize;

/**
 * Unified social credit codes under GB 32100-2015: registration authority, organisation type,
 * 6-digit division code, 9-character organisation code and a check character (modulus 31 over the
 * 31 characters the standard allows; I, O, S, V and Z are never used).
 */
public final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static CodeCheck check(String raw) {
        String code = Normalize.code(raw);
        if (code == null) {
            return CodeCheck.failed(null, "统一社会信用代码为空", "credit code is empty");
        }
        if (code.length() != 18) {
            return CodeCheck.failed(code, "统一社会信用代码长度为" + code.length() + "位，应为18位",
                    "credit code has " + code.length() + " characters, expected 18");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return CodeCheck.failed(code, "统一社会信用代码含有非法字符“" + code.charAt(i) + "”",
                        "credit code contains the character '" + code.charAt(i) + "' that GB 32100 does not use");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return CodeCheck.failed(code, "统一社会信用代码校验码错误（应为" + expected + "）",
                    "credit code check character is wrong (expected " + expected + ")");
        }
        return CodeCheck.passed(code);
    }

    /** The check character of the first 17 characters (which must be from the GB 32100 character set). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARACTERS.charAt(check);
    }
}
