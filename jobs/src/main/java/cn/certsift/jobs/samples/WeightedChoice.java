package cn.certsift.jobs.samples;

import java.util.Arrays;

/** Draws an index with given relative weights in logarithmic time, for choices among many. */
final class WeightedChoice {

    private final double[] cumulative;

    WeightedChoice(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("a weighted choice needs at least one weight");
        }
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    int draw(Dice dice) {
        double roll = dice.unit() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, roll);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }
}
