package cn.certsift.common.text;

import java.util.Locale;

/**
 * The value normalisation of the data contract (section 2): spaces anywhere, full-width digits and
 * letters, letter case in codes, and the leading apostrophe that Excel users type to keep digits as
 * text never make two values different.
 */
public final class Normalize {

    private static final char FULLWIDTH_FIRST = '\uFF01';
    private static final char FULLWIDTH_LAST = '\uFF5E';
    private static final int FULLWIDTH_OFFSET = 0xFEE0;

    private Normalize() {
    }

    /** Full-width ASCII variants and the ideographic space become their ASCII forms; nothing else changes. */
    public static String halfWidth(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char mapped = c;
            if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
                mapped = (char) (c - FULLWIDTH_OFFSET);
            } else if (c == '\u3000') {
                mapped = ' ';
            }
            if (mapped != c && out == null) {
                out = new StringBuilder(raw.length()).append(raw, 0, i);
            }
            if (out != null) {
                out.append(mapped);
            }
        }
        return out == null ? raw : out.toString();
    }

    /**
     * A text value as the pipeline compares it: half-width, without any whitespace (Chinese values do
     * not use inner spaces, and typists add them by accident), without the Excel text apostrophe.
     * Blank becomes {@code null}.
     */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        if (isClean(raw)) {
            return raw;
        }
        String half = halfWidth(raw);
        StringBuilder out = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        int start = 0;
        while (start < out.length() && isApostrophe(out.charAt(start))) {
            start++;
        }
        return start == out.length() ? null : out.substring(start);
    }

    /**
     * Text kept for reading and screening (a listing's text): half-width, every run of whitespace one
     * space, no Excel text apostrophe, stripped. Blank becomes {@code null}.
     */
    public static String prose(String raw) {
        if (raw == null) {
            return null;
        }
        String half = halfWidth(raw);
        StringBuilder out = new StringBuilder(half.length());
        boolean space = false;
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else if (out.length() > 0 || !isApostrophe(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** A code (certificate number, ID number, credit code, item code): {@link #text} in upper case. */
    public static String code(String raw) {
        String text = text(raw);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** A person's name: {@link #text} with every variant of the middle dot of minority names unified. */
    public static String name(String raw) {
        String text = text(raw);
        if (text == null) {
            return null;
        }
        return text.replace('\u2022', '·').replace('\u30FB', '·').replace('\u2027', '·')
                .replace('\u00B7', '·').replace('.', '·');
    }

    /** A header cell: {@link #text}, lower case (for English names), without required-field asterisks. */
    public static String header(String raw) {
        String text = text(raw);
        if (text == null) {
            return null;
        }
        String stripped = text.replace("*", "").toLowerCase(Locale.ROOT);
        return stripped.isEmpty() ? null : stripped;
    }

    /** Digits only, as a phone number is compared (+86 and separators dropped). */
    public static String phone(String raw) {
        String text = text(raw);
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String all = digits.toString();
        if (all.length() == 13 && all.startsWith("86")) {
            all = all.substring(2);
        }
        return all.isEmpty() ? null : all;
    }

    /** Most values need no change: non-empty, no space, no full-width form, no leading apostrophe. */
    private static boolean isClean(String raw) {
        if (raw.isEmpty() || isApostrophe(raw.charAt(0))) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c >= '\u3000' && (c == '\u3000' || c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST || c == '\uFEFF')
                    || c == '\u00A0' || c == '\u200B' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
                    || c == '\u202F' || c == '\u205F' || c == '\u1680' || c == '\u0085') {
                return false;
            }
        }
        return true;
    }

    public static boolean isBlank(String raw) {
        return text(raw) == null;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '`';
    }
}
