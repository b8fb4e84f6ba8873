package cn.certsift.jobs.samples;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.Department;
import cn.certsift.common.source.SourceKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a benchmark sample ({@code --formats csv}): CSV only, every source split into several
 * parts, the first part UTF-8 with a byte-order mark, the last GBK, the others UTF-8; light noise and
 * no broken rows, so that ingest and matching are measured on data that is realistic but clean.
 */
final class CsvFiles implements FilePlan {

    private static final double NOISE = 0.02;
    private static final int MAX_PARTS = 8;

    private final List<SourceFile> all = new ArrayList<>();
    private final Map<Department, List<SourceFile>> registry = new EnumMap<>(Department.class);
    private final List<SourceFile> roster;
    private final List<SourceFile> training;

    CsvFiles(Path folder, GeneratorSettings settings, HeaderDictionary dictionary) throws IOException {
        for (Department department : Department.values()) {
            SourceKind kind = SourceKind.valueOf("REGISTRY_" + department.name());
            registry.put(department, parts(folder, settings, dictionary, kind, settings.registryRows() / 3, 1_000_000));
        }
        roster = parts(folder, settings, dictionary, SourceKind.ROSTER, settings.rosterRows(), 500_000);
        training = parts(folder, settings, dictionary, SourceKind.TRAINING, settings.trainingRows(), 1_000_000);
    }

    private List<SourceFile> parts(Path folder, GeneratorSettings settings, HeaderDictionary dictionary, SourceKind kind,
                                   long rows, long rowsPerPart) throws IOException {
        int count = (int) Math.max(2, Math.min(MAX_PARTS, rows / rowsPerPart));
        List<SourceFile> parts = new ArrayList<>();
        for (int part = 0; part < count; part++) {
            FileFormat format = part == 0 ? FileFormat.CSV_UTF8_BOM : part == count - 1 ? FileFormat.CSV_GBK : FileFormat.CSV_UTF8;
            String name = String.format("%s_part%02d.csv", kind.id(), part + 1);
            DateStyle dates = format == FileFormat.CSV_GBK ? DateStyle.SLASH : DateStyle.ISO;
            SourceFile file = new SourceFile(folder, FileLayout.plainCsv(name, kind, format, dates, NOISE), dictionary,
                    settings.seed(), settings.runDate());
            parts.add(file);
            all.add(file);
        }
        return parts;
    }

    @Override
    public List<SourceFile> files() {
        return all;
    }

    @Override
    public SourceFile registryFile(Certificate certificate) {
        List<SourceFile> parts = registry.get(certificate.department());
        return parts.get((int) (certificate.holder().index() % parts.size()));
    }

    @Override
    public SourceFile rosterFile(Employer employer) {
        return roster.get(employer.index() % roster.size());
    }

    @Override
    public SourceFile trainingFile(Institution institution) {
        return training.get(institution.index() % training.size());
    }
}
