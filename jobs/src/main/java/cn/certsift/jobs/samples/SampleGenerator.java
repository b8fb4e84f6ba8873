package cn.certsift.jobs.samples;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.config.CertSiftProperties;
import cn.certsift.jobs.io.Folders;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a sample: the five contract sources into {@code OUT/input/} and the truth into
 * {@code OUT/expected/}. Everything is made in one pass, as a stream: planted units of roster rows
 * (with their people's registry certificates and training records) interleaved with registry-only
 * people and failed trainees, each file written as its rows come. Nothing proportional to the sample
 * is kept in memory, so ten million registry rows need no more heap than a thousand.
 */
public final class SampleGenerator {

    /** In the bundled sample, every exclusion and anomaly case is planted this many times. */
    static final int PLANTED_PER_CASE = 4;
    private static final double FAILED_TRAINEE_SHARE = 0.05;
    private static final double TRAINING_PER_NAMED_ROW = 1.075;
    private static final double MAX_NAMING_SHARE = 0.92;
    private static final double EXTRA_PLANTED_INSTITUTIONS = 0.05;
    private static final double REGISTRY_MARGIN = 1.05;
    private static final long PROGRESS_EVERY = 1_000_000;
    private static final long UNIT_STREAM = 10;
    private static final long EXTRA_STREAM = 11;
    private static final long TRAINEE_STREAM = 12;

    private final GeneratorSettings settings;
    private final CertSiftProperties conf;
    private final PrintWriter out;

    private FilePlan files;
    private GroundTruth truth;
    private TrainingRecords training;
    private Planting planting;
    private long rosterRows;
    private long registryRows;
    private long unitRegistryRows;
    private long trainingRows;
    private long failedTrainees;
    private long written;
    private final long started = System.nanoTime();

    /**
     * @param conf the header and post tables of {@code conf/} (see {@link SampleTables})
     * @param out  where progress goes
     */
    public SampleGenerator(GeneratorSettings settings, CertSiftProperties conf, PrintWriter out) {
        this.settings = settings;
        this.conf = conf;
        this.out = out;
    }

    /** Removes the files of the sources the generator writes; other files in input/ (the online-clue samples) stay. */
    private void removeGeneratedInput() throws IOException {
        if (!Files.isDirectory(settings.inputFolder())) {
            return;
        }
        List<String> prefixes = SourceKind.contractSources().stream().map(SourceKind::id).toList();
        try (Stream<Path> files = Files.list(settings.inputFolder())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (prefixes.stream().anyMatch(name::startsWith)) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Generates the sample and returns the number of expected findings per code; a generator writes one sample. */
    public Map<String, Long> generate() throws IOException {
        if (files != null) {
            throw new IllegalStateException("this generator has already written its sample to " + settings.output());
        }
        removeGeneratedInput();
        Folders.deleteRecursively(settings.expectedFolder());
        Files.createDirectories(settings.inputFolder());
        Files.createDirectories(settings.expectedFolder());
        long seed = settings.seed();
        double namingShare = Math.min(MAX_NAMING_SHARE, (1 - FAILED_TRAINEE_SHARE) * settings.trainingRows()
                / (TRAINING_PER_NAMED_ROW * settings.registryRows()));
        boolean mixed = settings.formats() == SampleFormats.MIXED;
        Institutions institutions = Institutions.plan(seed, settings.runDate(), settings.registryRows(), namingShare,
                mixed ? 0 : EXTRA_PLANTED_INSTITUTIONS);
        Persons persons = new Persons(seed);
        CertificateFactory certificates = new CertificateFactory(settings.runDate(), new MohurdNumbers(seed), institutions,
                persons);
        planting = new Planting(settings.runDate(), persons, Employers.forRoster(seed, settings.rosterRows()),
                certificates, new PostTable(conf));
        training = new TrainingRecords(seed, settings.runDate(), institutions);
        CaseSchedule schedule = mixed ? CaseSchedule.quota(seed, PLANTED_PER_CASE, settings.rosterRows())
                : CaseSchedule.rate(seed, settings.anomalyPercent() / 100, settings.exclusionPercent() / 100);
        files = mixed ? new MixedFiles(settings.inputFolder(), settings, conf.headerDictionary())
                : new CsvFiles(settings.inputFolder(), settings, conf.headerDictionary());
        truth = new GroundTruth(settings.expectedFolder());
        try {
            writeAll(schedule, new UnitPlanter(planting), new RegistryPeople(planting));
        } catch (IOException | RuntimeException failure) {
            closeAll(failure);
            throw failure;
        }
        files.finish();
        truth.close();
        truth.quarantineCounts(files.files());
        truth.plantedInstitutions(institutions.all());
        check(schedule);
        report();
        return countsByCode();
    }

    private void writeAll(CaseSchedule schedule, UnitPlanter planter, RegistryPeople registryPeople) throws IOException {
        long units = 0;
        long extras = 0;
        while (rosterRows < settings.rosterRows()) {
            if (registryPersonDue()) {
                writeCertificates(registryPeople.next(Dice.of(settings.seed(), EXTRA_STREAM, extras++)), false);
            } else {
                RosterCase rosterCase = schedule.next();
                Dice dice = Dice.of(settings.seed(), UNIT_STREAM, units++);
                PlantedUnit unit = planter.plant(rosterCase, dice);
                if (unit.rows().size() > settings.rosterRows() - rosterRows) {
                    schedule.dropped(rosterCase);
                    unit = planter.plant(RosterCase.CLEAN, dice);
                }
                writeUnit(unit);
            }
            writeFailedTraineesDue(false);
        }
        while (registryRows < settings.registryRows()) {
            writeCertificates(registryPeople.next(Dice.of(settings.seed(), EXTRA_STREAM, extras++)), false);
            writeFailedTraineesDue(false);
        }
        writeFailedTraineesDue(true);
    }

    /**
     * Whether the next person should be a registry-only one: their rows are spread over the roster's
     * progress, leaving a margin for the rows the rest of the roster's people will hold.
     */
    private boolean registryPersonDue() {
        if (rosterRows == 0) {
            return false;
        }
        double rosterShare = (double) rosterRows / settings.rosterRows();
        double projectedUnitRows = unitRegistryRows / rosterShare * REGISTRY_MARGIN;
        double othersBudget = settings.registryRows() - projectedUnitRows;
        return registryRows - unitRegistryRows < othersBudget * rosterShare;
    }

    private void writeUnit(PlantedUnit unit) throws IOException {
        long before = registryRows;
        writeCertificates(unit.certificates(), true);
        unitRegistryRows += registryRows - before;
        for (RosterEntry entry : unit.rows()) {
            SourceFile file = files.rosterFile(entry.employer());
            long line = file.write(Records.roster(entry));
            truth.rosterRow(file.layout().name(), line, unit.rosterCase(), entry);
            rosterRows++;
            progress();
        }
    }

    /** Writes certificates' registry rows and the training behind them; registry-only people stop at the target. */
    private void writeCertificates(List<Certificate> certificates, boolean mustWrite) throws IOException {
        for (Certificate certificate : certificates) {
            SourceFile file = files.registryFile(certificate);
            for (CertificateType type : certificate.types()) {
                if (!mustWrite && registryRows >= settings.registryRows()) {
                    return;
                }
                file.write(Records.registry(certificate, type));
                registryRows++;
                progress();
                for (TrainingRecords.Row record : training.behind(certificate, type)) {
                    writeTraining(record);
                }
            }
        }
    }

    private void writeTraining(TrainingRecords.Row record) throws IOException {
        if (trainingRows < settings.trainingRows()) {
            files.trainingFile(record.institution()).write(record.values());
            trainingRows++;
            progress();
        }
    }

    /** Failed trainees make up a small share of the training records; at the end they fill up to the target. */
    private void writeFailedTraineesDue(boolean fillUp) throws IOException {
        while (trainingRows < settings.trainingRows()
                && (fillUp || failedTrainees < FAILED_TRAINEE_SHARE * trainingRows)) {
            Dice dice = Dice.of(settings.seed(), TRAINEE_STREAM, failedTrainees++);
            writeTraining(training.failedTrainee(planting.person(), dice));
        }
    }

    /** After a failure, closes every file; what fails to close is attached to the failure, not lost. */
    private void closeAll(Exception failure) {
        List<Closeable> open = new ArrayList<>(files.files());
        open.add(truth);
        for (Closeable file : open) {
            try {
                file.close();
            } catch (IOException | RuntimeException closing) {
                failure.addSuppressed(closing);
            }
        }
    }

    private void check(CaseSchedule schedule) {
        if (registryRows > settings.registryRows()) {
            throw new IllegalStateException("--registry-rows " + settings.registryRows() + " is too few: the people on a roster of "
                    + settings.rosterRows() + " rows alone hold " + unitRegistryRows + " registry rows");
        }
        List<RosterCase> undelivered = schedule.undelivered();
        if (!undelivered.isEmpty()) {
            throw new IllegalStateException("--roster-rows " + settings.rosterRows() + " is too few for the sample's planted cases: "
                    + undelivered.size() + " planted units did not fit (" + undelivered.get(0).label() + " …)");
        }
    }

    private void progress() {
        written++;
        if (written % PROGRESS_EVERY == 0) {
            out.printf("  %,d rows: registry %,d, roster %,d, training %,d (%.0f s)%n", written, registryRows, rosterRows,
                    trainingRows, (System.nanoTime() - started) / 1e9);
            out.flush();
        }
    }

    private void report() {
        out.printf("Generated %s sample in %s (%.1f s)%n", settings.formats(), settings.output(),
                (System.nanoTime() - started) / 1e9);
        for (SourceFile file : files.files()) {
            out.printf("  input/%-40s %,10d rows%s%n", file.layout().name(), file.dataRows(),
                    file.quarantined() == 0 ? "" : String.format(" + %d broken", file.quarantined()));
        }
        out.printf("  expected/%s: %,d findings%n", GroundTruth.FINDINGS, truth.counts().values().stream()
                .mapToLong(Long::longValue).sum());
        out.flush();
    }

    private Map<String, Long> countsByCode() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FindingCode code : FindingCode.values()) {
            counts.put(code.name(), truth.counts().getOrDefault(code, 0L));
        }
        return counts;
    }
}
