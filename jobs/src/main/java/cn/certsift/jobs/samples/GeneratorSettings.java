package cn.certsift.jobs.samples;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate. The same settings (and the same {@code conf/} tables) give byte-identical files.
 *
 * @param anomalyPercent   in benchmark samples, the share of planted units that raise a finding
 * @param exclusionPercent in benchmark samples, the share that look suspicious but must raise nothing
 */
public record GeneratorSettings(Path output, long seed, LocalDate runDate, long rosterRows, long registryRows,
                                long trainingRows, SampleFormats formats, double anomalyPercent, double exclusionPercent) {

    public GeneratorSettings {
        if (rosterRows < 1 || registryRows < 1 || trainingRows < 1) {
            throw new IllegalArgumentException("row counts must be positive: roster " + rosterRows + ", registry "
                    + registryRows + ", training " + trainingRows);
        }
        if (anomalyPercent < 0 || exclusionPercent < 0 || anomalyPercent + exclusionPercent > 100) {
            throw new IllegalArgumentException("anomaly and exclusion percentages must be between 0 and 100 together: "
                    + anomalyPercent + " + " + exclusionPercent);
        }
    }

    Path inputFolder() {
        return output.resolve("input");
    }

    Path expectedFolder() {
        return output.resolve("expected");
    }
}
