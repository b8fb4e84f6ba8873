package cn.certsift.common.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Short stable ids from what a record is about, so the same thing keeps its id from night to night. */
public final class Digests {

    private Digests() {
    }

    /** The first {@code length} hex digits of the SHA-256 of {@code key}, upper case. */
    public static String sha256Hex(String key, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
