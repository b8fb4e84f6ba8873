package cn.certsift.jobs.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Which case each planted unit of roster rows is, in order. Two schedules: by quota (the bundled
 * sample: every exclusion and anomaly a fixed number of times, spread over the roster, the rest base
 * cases) and by rate (benchmarks: each unit drawn, anomalies and exclusions at given shares).
 */
abstract class CaseSchedule {

    private static final long SCHEDULE_STREAM = 9;

    private final long seed;
    private final double[] baseWeights;
    private final List<RosterCase> bases = RosterCase.of(RosterCase.Kind.BASE);
    private long unit;

    CaseSchedule(long seed) {
        this.seed = seed;
        this.baseWeights = weights(bases);
    }

    /** The case of the next unit. */
    RosterCase next() {
        return caseOf(unit, Dice.of(seed, SCHEDULE_STREAM, unit++));
    }

    abstract RosterCase caseOf(long unit, Dice dice);

    /** A planted case that was replaced because the roster had no room left for its rows. */
    abstract void dropped(RosterCase rosterCase);

    /** Planted cases promised but not delivered; empty when the schedule makes no promise. */
    abstract List<RosterCase> undelivered();

    RosterCase base(Dice dice) {
        return bases.get(dice.weighted(baseWeights));
    }

    static double[] weights(List<RosterCase> cases) {
        return cases.stream().mapToDouble(RosterCase::weight).toArray();
    }

    /** Every exclusion and anomaly {@code perCase} times, in shuffled order, one every few units. */
    static CaseSchedule quota(long seed, int perCase, long rosterRows) {
        return new Quota(seed, perCase, rosterRows);
    }

    /** Each unit an anomaly with probability {@code anomalyShare}, an exclusion with {@code exclusionShare}. */
    static CaseSchedule rate(long seed, double anomalyShare, double exclusionShare) {
        return new Rate(seed, anomalyShare, exclusionShare);
    }

    private static final class Quota extends CaseSchedule {
        /** Planted units take about this many rows each (sharing cases take two or three). */
        private static final double ROWS_PER_PLANTED_UNIT = 1.3;
        /** Planted units are spread over this share of the roster, so that all fit. */
        private static final double SPREAD = 0.8;

        private final List<RosterCase> planted = new ArrayList<>();
        private final List<RosterCase> dropped = new ArrayList<>();
        private final long stride;
        private int nextPlanted;

        Quota(long seed, int perCase, long rosterRows) {
            super(seed);
            for (RosterCase rosterCase : RosterCase.values()) {
                if (rosterCase.kind() != RosterCase.Kind.BASE) {
                    for (int i = 0; i < perCase; i++) {
                        planted.add(rosterCase);
                    }
                }
            }
            Dice shuffle = Dice.of(seed, SCHEDULE_STREAM, -1);
            for (int i = planted.size() - 1; i > 0; i--) {
                int j = shuffle.below(i + 1);
                planted.set(i, planted.set(j, planted.get(i)));
            }
            double units = rosterRows * SPREAD - planted.size() * (ROWS_PER_PLANTED_UNIT - 1);
            this.stride = Math.max(1, (long) Math.floor(units / planted.size()));
        }

        @Override
        RosterCase caseOf(long unit, Dice dice) {
            if (unit % stride == 0 && nextPlanted < planted.size()) {
                return planted.get(nextPlanted++);
            }
            return base(dice);
        }

        @Override
        void dropped(RosterCase rosterCase) {
            dropped.add(rosterCase);
        }

        @Override
        List<RosterCase> undelivered() {
            List<RosterCase> missing = new ArrayList<>(planted.subList(nextPlanted, planted.size()));
            missing.addAll(dropped);
            return missing;
        }
    }

    private static final class Rate extends CaseSchedule {
        private final double anomalyShare;
        private final double exclusionShare;
        private final List<RosterCase> anomalies = RosterCase.of(RosterCase.Kind.ANOMALY);
        private final List<RosterCase> exclusions = RosterCase.of(RosterCase.Kind.EXCLUSION);
        private final WeightedChoice anomalyChoice = new WeightedChoice(weights(anomalies));
        private final WeightedChoice exclusionChoice = new WeightedChoice(weights(exclusions));

        Rate(long seed, double anomalyShare, double exclusionShare) {
            super(seed);
            this.anomalyShare = anomalyShare;
            this.exclusionShare = exclusionShare;
        }

        @Override
        RosterCase caseOf(long unit, Dice dice) {
            double roll = dice.unit();
            if (roll < anomalyShare) {
                return anomalies.get(anomalyChoice.draw(dice));
            }
            if (roll < anomalyShare + exclusionShare) {
                return exclusions.get(exclusionChoice.draw(dice));
            }
            return base(dice);
        }

        @Override
        void dropped(RosterCase rosterCase) {
            // A benchmark promises rates, not counts: a case dropped at the very end changes nothing.
        }

        @Override
        List<RosterCase> undelivered() {
            return List.of();
        }
    }
}
