package cn.certsift.jobs.cli;

import cn.certsift.jobs.samples.GeneratorSettings;
import cn.certsift.jobs.samples.SampleFormats;
import cn.certsift.jobs.samples.SampleGenerator;
import cn.certsift.jobs.samples.SampleTables;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a sample night of input with its truth (the same seed and options give the same bytes).",
                "Writes the five sources under OUT/input and, under OUT/expected, the findings a correct run raises,",
                "the ingest counts per source and the planted training institutions. --formats mixed writes every",
                "format the contract allows (the bundled sample); csv streams CSV parts, for benchmarks of any size."})
class GenerateCommand implements Callable<Integer> {

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write input/ and expected/ into.")
    Path output;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "Seed of all chance in the sample.")
    long seed;

    @Option(names = "--run-date", required = true, paramLabel = "YYYY-MM-DD",
            description = "The run date the planted expiries, reviews and leave dates are set against.")
    LocalDate runDate;

    @Option(names = "--roster-rows", defaultValue = "500", paramLabel = "N", description = "Roster rows (default ${DEFAULT-VALUE}).")
    long rosterRows;

    @Option(names = "--registry-rows", defaultValue = "1400", paramLabel = "N",
            description = "Registry rows over the three departments (default ${DEFAULT-VALUE}).")
    long registryRows;

    @Option(names = "--training-rows", defaultValue = "1000", paramLabel = "N",
            description = "Training records (default ${DEFAULT-VALUE}).")
    long trainingRows;

    @Option(names = "--formats", defaultValue = "mixed", paramLabel = "mixed|csv", converter = FormatsConverter.class,
            description = "mixed (every format, noise, broken rows) or csv (benchmarks) (default ${DEFAULT-VALUE}).")
    SampleFormats formats;

    @Option(names = "--anomaly-percent", defaultValue = "3", paramLabel = "P",
            description = "csv only: share of planted roster units that raise a finding (default ${DEFAULT-VALUE}).")
    double anomalyPercent;

    @Option(names = "--exclusion-percent", defaultValue = "3", paramLabel = "P",
            description = "csv only: share that look suspicious but must raise nothing (default ${DEFAULT-VALUE}).")
    double exclusionPercent;

    @Spec
    CommandSpec spec;

    private final Path home;

    GenerateCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        GeneratorSettings settings = new GeneratorSettings(output.toAbsolutePath().normalize(), seed, runDate, rosterRows,
                registryRows, trainingRows, formats, anomalyPercent, exclusionPercent);
        new SampleGenerator(settings, SampleTables.load(home.resolve("conf")), spec.commandLine().getOut()).generate();
        return 0;
    }

    /** Reads --formats in any letter case. */
    static final class FormatsConverter implements ITypeConverter<SampleFormats> {
        @Override
        public SampleFormats convert(String value) {
            return SampleFormats.of(value);
        }
    }
}
