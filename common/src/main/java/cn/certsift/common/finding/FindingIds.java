package cn.certsift.common.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Finding ids that stay the same from night to night for the same finding: a hash of what the finding
 * is about (rule, employer, person, recorded number, and for post-dependent rules the post), never of
 * when or where in a file it was seen.
 */
public final class FindingIds {

    private static final int HEX_LENGTH = 20;

    private FindingIds() {
    }

    public static String of(String code, String employerUscc, String idNo, String certNo, String post) {
        String key = String.join("|", code, nullToEmpty(employerUscc), nullToEmpty(idNo), nullToEmpty(certNo),
                nullToEmpty(post));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "F" + HexFormat.of().formatHex(digest).substring(0, HEX_LENGTH).toUpperCase();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
