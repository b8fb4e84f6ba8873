package cn.certsift.common.cluster;

/**
 * The pattern of a certificate number, so that numbers one forger made can be linked: what is left of
 * the number once the part that differs from fake to fake is blanked out.
 * <ul>
 * <li>A number that ends with the shape of a resident ID number (17 digits and a digit or X) has the ID
 * number blanked: {@code TZ440703199001011234} → {@code TZ{身份证号}}. The key is the scheme
 * (the characters before the ID number), never the person.</li>
 * <li>Otherwise a number of at least {@value #MIN_LENGTH} characters that ends with at least
 * {@value #MIN_TRAILING_DIGITS} digits has its last {@value #SERIAL_DIGITS} digits blanked: a block of
 * 1,000 consecutive serials, {@code 粤J012019990123} → {@code 粤J012019990###}. Serials of one batch that
 * straddle two blocks fall into two patterns.</li>
 * <li>Anything else (short numbers, placeholders, numbers without a serial) has no pattern: null.</li>
 * </ul>
 * A pattern is only a link when it is rare: the clusters stage links CERT_NOT_FOUND numbers by their
 * pattern only when at least two distinct such numbers share it and (almost) no registry number has
 * it. That keeps out the departments' own schemes ({@code T{身份证号}} or a bare ID number matches
 * thousands of real certificates, as does a block of serials a city really issued) and keeps in the
 * shapes and serial blocks only forgers use.
 */
public final class FakeNumberPattern {

    static final int MIN_LENGTH = 8;
    static final int MIN_TRAILING_DIGITS = 4;
    static final int SERIAL_DIGITS = 3;
    private static final int ID_LENGTH = 18;
    private static final String ID_MARK = "{身份证号}";

    private FakeNumberPattern() {
    }

    /** @param certNo a normalised certificate number (upper case, half-width), or null */
    public static String of(String certNo) {
        if (certNo == null || certNo.length() < MIN_LENGTH) {
            return null;
        }
        if (endsWithIdNumber(certNo)) {
            return certNo.substring(0, certNo.length() - ID_LENGTH) + ID_MARK;
        }
        if (trailingDigits(certNo) >= MIN_TRAILING_DIGITS) {
            return certNo.substring(0, certNo.length() - SERIAL_DIGITS) + "#".repeat(SERIAL_DIGITS);
        }
        return null;
    }

    private static boolean endsWithIdNumber(String certNo) {
        if (certNo.length() < ID_LENGTH) {
            return false;
        }
        int start = certNo.length() - ID_LENGTH;
        char check = certNo.charAt(certNo.length() - 1);
        return trailingDigits(certNo.substring(start, certNo.length() - 1)) == ID_LENGTH - 1
                && (isDigit(check) || check == 'X');
    }

    private static int trailingDigits(String text) {
        int count = 0;
        while (count < text.length() && isDigit(text.charAt(text.length() - 1 - count))) {
            count++;
        }
        return count;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
