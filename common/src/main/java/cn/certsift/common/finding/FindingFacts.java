package cn.certsift.common.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The facts of a finding: what an inspector verified on site. A finding verified 不属实 (false) is not
 * sent to inspectors again while its facts stay the same. The facts are the finding code, the
 * certificate number the employer recorded, the registry department and certificate it was matched
 * with, and the evidence sentence (the registry's holder, dates and status), hashed. How long a
 * finding has been open is not a fact: the clause {@code 截至 <run date> 已过期 N 天} of an expired
 * certificate's evidence grows every night and is left out.
 */
public final class FindingFacts {

    private static final Pattern DAYS_SINCE_EXPIRY = Pattern.compile("截至 \\d{4}-\\d{2}-\\d{2} 已过期 \\d+ 天");

    private FindingFacts() {
    }

    public static String hash(String code, String certNo, String matchedDepartment, String matchedCertNo, String evidence) {
        String stableEvidence = evidence == null ? "" : DAYS_SINCE_EXPIRY.matcher(evidence).replaceAll("已过期");
        String facts = String.join("\u001F", code, orEmpty(certNo), orEmpty(matchedDepartment), orEmpty(matchedCertNo),
                stableEvidence);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
