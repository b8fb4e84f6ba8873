package cn.certsift.jobs.export;

import java.util.Locale;
import java.util.Set;

/** File names that Windows accepts, for workbooks named after districts. */
public final class WindowsFileNames {

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5",
            "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_LENGTH = 100;

    private WindowsFileNames() {
    }

    /** {@code name} with characters Windows forbids replaced by {@code _}, trailing dots and spaces dropped. */
    public static String safe(String name, String fallback) {
        String value = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        value = value.replaceAll("[. ]+$", "");
        if (value.isEmpty()) {
            value = fallback;
        }
        if (RESERVED.contains(value.toUpperCase(Locale.ROOT))) {
            value = value + "_";
        }
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
