package cn.certsift.common.id;

import cn.certsift.common.text.Normalize;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resident identity card numbers under GB 11643-1999: 6-digit administrative division, 8-digit birth
 * date, 3-digit sequence and a check character (ISO 7064 MOD 11-2). Legacy 15-digit numbers (2-digit
 * birth year, no check character) are converted to the 18-digit form.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int FIRST_BIRTH_YEAR = 1900;
    /** Birth years from this one on might lie in the future; older ones are compared without the clock. */
    private static final int RECENT_BIRTH_YEAR = LocalDate.now().getYear() - 1;

    private ResidentIdNumber() {
    }

    /** Normalises and checks length, characters, birth date and check character. */
    public static CodeCheck check(String raw) {
        String id = Normalize.code(raw);
        if (id == null) {
            return CodeCheck.failed(null, "身份证号为空", "ID number is empty");
        }
        if (id.length() == 15 && allDigits(id, 15)) {
            if (birthDate("19" + id.substring(6, 12)) == null) {
                return CodeCheck.failed(id, "15位身份证号中的出生日期无效", "birth date in the 15-digit ID number is not a real date");
            }
            return CodeCheck.passed(upgrade(id));
        }
        if (id.length() != 18) {
            return CodeCheck.failed(id, "身份证号长度为" + id.length() + "位，应为18位",
                    "ID number has " + id.length() + " characters, expected 18");
        }
        if (!allDigits(id, 17) || !isCheckCharacter(id.charAt(17))) {
            return CodeCheck.failed(id, "身份证号含有非法字符", "ID number contains characters other than digits and a final X");
        }
        if (birthDate(id.substring(6, 14)) == null) {
            return CodeCheck.failed(id, "身份证号中的出生日期无效或早于1900年", "birth date in the ID number is not a real date after 1900");
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            return CodeCheck.failed(id, "身份证号校验码错误（应为" + expected + "）",
                    "ID number check character is wrong (expected " + expected + ")");
        }
        return CodeCheck.passed(id);
    }

    /** The 18-digit form of a 15-digit legacy number: century 19 inserted, check character appended. */
    public static String upgrade(String id15) {
        String first17 = id15.substring(0, 6) + "19" + id15.substring(6);
        return first17 + checkCharacter(first17);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * The number with its birth date and sequence hidden, as exports that leave the analysts show it
     * ({@code 440703********1234}). Values too short to mask are hidden entirely.
     */
    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() < 11) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** The 6-digit administrative division code where the number was issued, or null. */
    public static String divisionCode(String id) {
        return id != null && id.length() >= 6 && allDigits(id, 6) ? id.substring(0, 6) : null;
    }

    /** The clock is only consulted for birth years that could lie in the future; checking millions of rows stays cheap. */
    static LocalDate birthDate(String yyyymmdd) {
        int year = Integer.parseInt(yyyymmdd.substring(0, 4));
        if (year < FIRST_BIRTH_YEAR) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
            return year >= RECENT_BIRTH_YEAR && date.isAfter(LocalDate.now()) ? null : date;
        } catch (DateTimeException notARealDate) {
            return null;
        }
    }

    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCheckCharacter(char c) {
        return (c >= '0' && c <= '9') || c == 'X';
    }
}
