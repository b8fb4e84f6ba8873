package cn.certsift.jobs.samples;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Construction certificate numbers, 14 characters: province abbreviation, city letter, 2-digit
 * category, 4-digit year of first issue, 6-digit serial ({@code 粤J012019000123}). Serials are issued
 * in order within each city, category and year, scrambled by an affine permutation of 0..999999 so
 * that they do not look consecutive. Only the first 900,000 positions are ever issued: a serial whose
 * position is beyond them is certain to be in no registry, which is how forged and mistyped numbers
 * are made without keeping a list of every number issued.
 */
final class MohurdNumbers {

    static final int LENGTH = 14;
    private static final int SERIALS = 1_000_000;
    private static final int ISSUABLE = 900_000;
    private static final long MULTIPLIER = 640_127;
    private static final long INVERSE = BigInteger.valueOf(MULTIPLIER).modInverse(BigInteger.valueOf(SERIALS)).longValue();
    private static final long BUCKET_STREAM = 3;

    private final long seed;
    private final Map<String, Integer> issued = new HashMap<>();
    private final Map<String, Long> offsets = new HashMap<>();

    MohurdNumbers(long seed) {
        this.seed = seed;
    }

    String next(char cityLetter, String categoryCode, int year) {
        String bucket = bucket(cityLetter, categoryCode, year);
        int position = issued.merge(bucket, 1, Integer::sum) - 1;
        if (position >= ISSUABLE) {
            throw new IllegalStateException("more than " + ISSUABLE + " construction certificates in " + bucket
                    + ": the 6-digit serial is exhausted");
        }
        return bucket + serial(bucket, position);
    }

    /** A well-formed number that no registry holds. */
    String unissued(char cityLetter, String categoryCode, int year, Dice dice) {
        String bucket = bucket(cityLetter, categoryCode, year);
        return bucket + serial(bucket, ISSUABLE + dice.below(SERIALS - ISSUABLE));
    }

    /** Whether a number of this scheme is certain not to have been issued (its serial lies beyond the issuable ones). */
    boolean certainlyUnissued(String number) {
        if (number.length() != LENGTH || !number.substring(8).chars().allMatch(Character::isDigit)) {
            return true;
        }
        String bucket = number.substring(0, 8);
        long serial = Long.parseLong(number.substring(8));
        long position = Math.floorMod(INVERSE * (serial - offset(bucket)), SERIALS);
        return position >= ISSUABLE;
    }

    private String serial(String bucket, int position) {
        return String.format("%06d", Math.floorMod(MULTIPLIER * position + offset(bucket), SERIALS));
    }

    private long offset(String bucket) {
        return offsets.computeIfAbsent(bucket,
                key -> Math.floorMod(Dice.of(seed, BUCKET_STREAM, key.hashCode()).nextLong(), (long) SERIALS));
    }

    private static String bucket(char cityLetter, String categoryCode, int year) {
        return Regions.PROVINCE_ABBREVIATION + cityLetter + categoryCode + year;
    }
}
