package cn.certsift.common.institution;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The settings of {@code conf/institutions.yml}: how each signal is measured, and how the signals are
 * weighed into one risk score. The file's comments give each default and why.
 *
 * @param measures thresholds the measurement of the signals uses
 * @param scoring  how robust z-scores become a risk score
 * @param signals  each signal's weight and smallest spread
 */
public record InstitutionSettings(Measures measures, Scoring scoring, Map<InstitutionSignal, SignalWeight> signals)
        implements Serializable {

    private static final String PREFIX = "conf/institutions.yml: certsift.institutions.";

    public InstitutionSettings {
        require(measures, "measures");
        require(scoring, "scoring");
        require(signals, "signals");
        for (InstitutionSignal signal : InstitutionSignal.values()) {
            SignalWeight weight = signals.get(signal);
            if (weight == null) {
                throw new IllegalArgumentException(PREFIX + "signals." + signal.name().toLowerCase().replace('_', '-')
                        + " is missing: every signal needs a weight and a min-spread");
            }
            if (weight.weight() < 0 || !(weight.minSpread() > 0)) {
                throw new IllegalArgumentException(PREFIX + "signals." + signal.name().toLowerCase().replace('_', '-')
                        + ": weight must be 0 or more and min-spread above 0, was " + weight);
            }
        }
        signals = Map.copyOf(signals);
    }

    /**
     * @param shortHoursRatio     a class is short of hours below this share of the category's median class hours
     * @param maxHoursPerDay      the training hours one day can hold
     * @param examSoonDays        an exam at most this many days after the class starts is too soon
     * @param sharedPhoneTrainees a phone given by at least this many distinct trainees is shared
     * @param spikeWindowMonths   volume spikes are looked for in this many months before the run date
     * @param minClasses          class-based signals need at least this many classes
     * @param minScoredPerCategory identical scores are counted in categories with at least this many scored trainees
     * @param minRecords          trainee-based signals need at least this many training records
     * @param minActiveMonths     the volume spike needs at least this many months with trainees
     * @param minCertificates     registry-based signals need at least this many certificates naming the institution
     * @param flaggingCodes       the finding codes that point to fakes or borrowing, counted against graduates
     */
    public record Measures(double shortHoursRatio, double maxHoursPerDay, int examSoonDays, int sharedPhoneTrainees,
                           int spikeWindowMonths, int minClasses, int minScoredPerCategory, int minRecords, int minActiveMonths, int minCertificates,
                           List<String> flaggingCodes) implements Serializable {

        public Measures {
            flaggingCodes = List.copyOf(require(flaggingCodes, "measures.flagging-codes"));
        }
    }

    /**
     * @param noiseZ z-scores up to this are the normal scatter of a population and add nothing
     * @param maxZ   the most one signal's z-score adds, so one extreme value cannot carry the score alone
     */
    public record Scoring(double noiseZ, double maxZ) implements Serializable {
    }

    /**
     * @param weight    what one unit of z-score above the noise adds to the risk score
     * @param minSpread the smallest spread a z-score divides by, in the signal's own unit: where most
     *                  institutions share one value (no shared phones at all), the median absolute
     *                  deviation is 0 and any value above it would be infinitely unusual
     */
    public record SignalWeight(double weight, double minSpread) implements Serializable {
    }

    private static <T> T require(T value, String setting) {
        if (value == null) {
            throw new IllegalArgumentException(PREFIX + setting + " is missing");
        }
        return value;
    }
}
