package cn.certsift.common.finding;

import cn.certsift.common.text.Digests;

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
        return "F" + Digests.sha256Hex(key, HEX_LENGTH);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
