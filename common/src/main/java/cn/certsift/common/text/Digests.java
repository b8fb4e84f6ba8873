package cn.certsift.common.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Short stable ids from what a record is about, so the same thing keeps its id from night to night;
 * and the SHA-256 of content, to tell whether a file or a setting changed since an earlier run.
 */
public final class Digests {

    private static final int BUFFER_BYTES = 1 << 20;

    private Digests() {
    }

    /** The first {@code length} hex digits of the SHA-256 of {@code key}, upper case. */
    public static String sha256Hex(String key, int length) {
        byte[] digest = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, length).toUpperCase(Locale.ROOT);
    }

    /** The SHA-256 of the bytes, 64 lower-case hex digits. */
    public static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    /** The SHA-256 of everything the stream holds, 64 lower-case hex digits; the stream is read to its end. */
    public static String sha256Hex(InputStream content) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
