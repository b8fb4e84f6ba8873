package cn.certsift.jobs.samples;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.header.HeaderLayout;
import cn.certsift.common.header.HeaderLocator;
import cn.certsift.common.ingest.RowNormalizer;
import cn.certsift.common.ingest.RowOutcome;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.ingest.table.TableFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rows of a generated input folder as ingest accepts them, read with the production table readers,
 * header locator and row normaliser: blank rows, title rows, repeats of the header row, malformed and
 * rejected rows are left out. Test code: a second reader of the files, independent of how they were written.
 */
final class GeneratedInput {

    /** One accepted row: its values in the source's field order, and which checked codes passed. */
    record Row(String file, long line, Object[] values, Boolean[] checkPassed) {

        Object get(SourceKind kind, String field) {
            return values[kind.indexOf(field)];
        }

        boolean passed(SourceKind kind, String field) {
            Boolean passed = checkPassed[kind.indexOf(field)];
            return passed == null || passed;
        }
    }

    private final Map<SourceKind, List<Row>> rows = new EnumMap<>(SourceKind.class);

    GeneratedInput(Path inputFolder, HeaderDictionary dictionary) throws Exception {
        for (SourceKind kind : SourceKind.values()) {
            rows.put(kind, new ArrayList<>());
        }
        try (Stream<Path> files = Files.list(inputFolder)) {
            for (Path file : files.sorted().toList()) {
                SourceKind kind = kindOf(file);
                read(file, kind, new HeaderLocator(kind, dictionary));
            }
        }
    }

    List<Row> rows(SourceKind kind) {
        return rows.get(kind);
    }

    private void read(Path file, SourceKind kind, HeaderLocator locator) throws Exception {
        RowNormalizer[] normalizer = new RowNormalizer[1];
        List<List<String>> header = new ArrayList<>(1);
        TableFormat.open(file).read(raw -> {
            if (raw.isBlank() || raw.malformed() != null || header.contains(raw.cells())) {
                return true;
            }
            if (normalizer[0] == null) {
                Optional<HeaderLayout> layout = locator.layoutOf(raw.cells());
                layout.ifPresent(found -> {
                    normalizer[0] = new RowNormalizer(found);
                    header.add(raw.cells());
                });
                return true;
            }
            if (normalizer[0].normalize(raw.cells()) instanceof RowOutcome.Accepted accepted) {
                rows.get(kind).add(new Row(file.getFileName().toString(), raw.line(), accepted.row().values(),
                        accepted.row().checkPassed()));
            }
            return true;
        });
    }

    private static SourceKind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (SourceKind kind : SourceKind.values()) {
            if (name.startsWith(kind.id())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no source is named like " + file);
    }
}
