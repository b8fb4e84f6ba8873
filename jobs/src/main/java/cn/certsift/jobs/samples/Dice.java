package cn.certsift.jobs.samples;

import java.util.List;

/**
 * The generator's source of chance: SplitMix64, written out here so that the same seed gives the same
 * numbers on every JVM (the JDK's generators make no such promise across versions). A dice is derived
 * from the seed and a few keys (what it is for, an index), so that anything the generator makes can be
 * made again from its index without remembering what came before.
 */
final class Dice {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    private Dice(long state) {
        this.state = state;
    }

    /** The dice for one purpose and index, e.g. {@code Dice.of(seed, PERSON, 42)}. */
    static Dice of(long seed, long... keys) {
        long state = mix(seed + GOLDEN_GAMMA);
        for (long key : keys) {
            state = mix(state ^ mix(key + GOLDEN_GAMMA));
        }
        return new Dice(state);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A whole number from 0 to {@code bound - 1}. */
    int below(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    long belowLong(long bound) {
        return (nextLong() >>> 1) % bound;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + below(high - low + 1);
    }

    /** A number in [0, 1). */
    double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return unit() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(below(choices.size()));
    }

    char pick(String characters) {
        return characters.charAt(below(characters.length()));
    }

    /** A normally distributed number (Box–Muller with StrictMath, so that it is the same everywhere). */
    double gaussian(double mean, double deviation) {
        double u = 1.0 - unit();
        double v = unit();
        return mean + deviation * StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** An index drawn with the given relative weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = unit() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
