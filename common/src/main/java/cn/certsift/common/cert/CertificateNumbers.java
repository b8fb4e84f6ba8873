package cn.certsift.common.cert;

import org.apache.commons.text.similarity.HammingDistance;

/**
 * Typing errors in certificate numbers: one substituted character, or two neighbouring characters
 * swapped, in a number of the same length.
 */
public final class CertificateNumbers {

    private static final HammingDistance HAMMING = new HammingDistance();

    private CertificateNumbers() {
    }

    /** How {@code typed} differs from {@code registered} if it is a single typing error, else null. */
    public static String typingError(String typed, String registered) {
        if (typed == null || registered == null || typed.length() != registered.length() || typed.equals(registered)) {
            return null;
        }
        int distance = HAMMING.apply(typed, registered);
        int first = firstDifference(typed, registered);
        if (distance == 1) {
            return "第" + (first + 1) + "位“" + registered.charAt(first) + "”录为“" + typed.charAt(first) + "”";
        }
        boolean neighboursSwapped = distance == 2 && first + 1 < typed.length()
                && typed.charAt(first) == registered.charAt(first + 1)
                && typed.charAt(first + 1) == registered.charAt(first);
        return neighboursSwapped ? "第" + (first + 1) + "、" + (first + 2) + "位前后颠倒" : null;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
