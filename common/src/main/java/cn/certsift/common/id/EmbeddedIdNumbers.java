package cn.certsift.common.id;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the ID numbers carried inside other values, the way {@link ResidentIdNumber#mask} masks an ID
 * number cell ({@code 440703********1234}): certificate numbers that embed their holder's number (MEM
 * {@code T} or another letter + the ID number, SAMR numbers that are the ID number) and sentences that
 * quote such numbers. Where ID numbers are masked, these must be masked too, or the mask hides nothing.
 *
 * <p>Masked are: every occurrence of a known ID number (the row's own, even when it fails its check or
 * sits inside a longer number); every free-standing run of 17 digits and a digit or X — whatever its
 * birth date and check character, as a forged or mistyped number shows most of someone's number — except
 * a unified social credit code (it passes GB 32100 and has no real birth date: an employer's public
 * code); every free-standing run of 15 digits whose birth-date digits form a real date; and inside a
 * longer run of digits, every 18 characters that pass the full GB 11643 check.
 */
public final class EmbeddedIdNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+[Xx]?");
    private static final int SHORTEST_KNOWN = 11;

    private EmbeddedIdNumbers() {
    }

    /** The text with every embedded ID number masked; {@code knownIds} are masked wherever they appear. */
    public static String mask(String text, String... knownIds) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String known : knownIds) {
            if (known != null && known.strip().length() >= SHORTEST_KNOWN) {
                String id = known.strip();
                masked = Pattern.compile(Pattern.quote(id), Pattern.CASE_INSENSITIVE).matcher(masked)
                        .replaceAll(Matcher.quoteReplacement(ResidentIdNumber.mask(id.toUpperCase(Locale.ROOT))));
            }
        }
        Matcher run = DIGIT_RUN.matcher(masked);
        StringBuilder out = new StringBuilder(masked.length());
        int copied = 0;
        while (run.find()) {
            out.append(masked, copied, run.start()).append(maskRun(run.group()));
            copied = run.end();
        }
        return out.append(masked, copied, masked.length()).toString();
    }

    private static String maskRun(String run) {
        boolean endsInX = Character.toUpperCase(run.charAt(run.length() - 1)) == 'X';
        if (run.length() == 18) {
            boolean creditCode = CreditCode.check(run).valid() && ResidentIdNumber.birthDate(run.substring(6, 14)) == null;
            return creditCode ? run : ResidentIdNumber.mask(run);
        }
        if (run.length() == 15 && !endsInX && ResidentIdNumber.birthDate("19" + run.substring(6, 12)) != null) {
            return ResidentIdNumber.mask(run);
        }
        if (run.length() <= 18) {
            return run;
        }
        StringBuilder masked = new StringBuilder(run);
        for (int start = 0; start + 18 <= run.length(); start++) {
            String window = run.substring(start, start + 18);
            if (ResidentIdNumber.check(window).valid()) {
                masked.replace(start, start + 18, ResidentIdNumber.mask(window.toUpperCase(Locale.ROOT)));
                start += 17;
            }
        }
        return masked.toString();
    }
}
