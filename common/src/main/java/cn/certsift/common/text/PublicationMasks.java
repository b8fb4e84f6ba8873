package cn.certsift.common.text;

import java.util.Set;

/**
 * Personal data as publications show it (contract section 4: statistics and typical-case
 * publications mask names and ID numbers): a name becomes its surname and 某 (王某, 欧阳某), an ID
 * number keeps its first four and last four characters (4407**********1234), and a certificate
 * number, which often embeds the holder's ID number, keeps its first five and last four.
 */
public final class PublicationMasks {

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "轩辕", "呼延");
    private static final int ID_KEPT_HEAD = 4;
    private static final int CERT_KEPT_HEAD = 5;
    private static final int KEPT_TAIL = 4;

    private PublicationMasks() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String clean = name.strip();
        int surname = clean.length() > 2 && COMPOUND_SURNAMES.contains(clean.substring(0, 2)) ? 2 : 1;
        return clean.substring(0, clean.offsetByCodePoints(0, surname)) + "某";
    }

    public static String idNumber(String id) {
        return keep(id, ID_KEPT_HEAD);
    }

    public static String certificateNumber(String certNo) {
        return keep(certNo, CERT_KEPT_HEAD);
    }

    /** The first {@code head} and last four characters, stars between; a value too short for that is all stars. */
    private static String keep(String value, int head) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() < head + KEPT_TAIL + 4) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - KEPT_TAIL) + value.substring(value.length() - KEPT_TAIL);
    }
}
