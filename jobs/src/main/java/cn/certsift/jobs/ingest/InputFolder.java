package cn.certsift.jobs.ingest;

import cn.certsift.common.source.SourceKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a nightly input folder, assigned to sources by case-insensitive name patterns
 * ({@code registry_mem*}, {@code roster*} …, configured in {@code conf/application.yml}). Only
 * {@code .csv}, {@code .xlsx} and {@code .xls} files are read; Excel lock files ({@code ~$…}) and
 * hidden files are passed over.
 */
public final class InputFolder {

    private static final List<String> TABLE_EXTENSIONS = List.of(".csv", ".xlsx", ".xls");

    private final Path folder;
    private final Map<SourceKind, List<Pattern>> patterns = new EnumMap<>(SourceKind.class);

    public InputFolder(Path folder, Map<SourceKind, List<String>> globs) {
        this.folder = folder;
        globs.forEach((kind, list) -> patterns.put(kind, list.stream().map(InputFolder::globToRegex).toList()));
    }

    public Path path() {
        return folder;
    }

    /** The table files of a source, sorted by name so that a run always reads them in the same order. */
    public List<Path> filesOf(SourceKind kind) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path file : listing()) {
            if (isTable(file) && sourceOf(file).filter(kind::equals).isPresent()) {
                files.add(file);
            }
        }
        return files;
    }

    /** Files that belong to no source, or that match a source but are not tables, for the run summary's warnings. */
    public List<String> unrecognised() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path file : listing()) {
            Optional<SourceKind> source = sourceOf(file);
            if (source.isEmpty()) {
                names.add(file.getFileName() + "（文件名不匹配任何来源 / matches no source pattern）");
            } else if (!isTable(file)) {
                names.add(file.getFileName() + "（不是 .csv/.xlsx/.xls 文件 / not a .csv, .xlsx or .xls file）");
            }
        }
        return names;
    }

    Optional<SourceKind> sourceOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<SourceKind, List<Pattern>> entry : patterns.entrySet()) {
            for (Pattern pattern : entry.getValue()) {
                if (pattern.matcher(name).matches()) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".")
                            && !file.getFileName().toString().startsWith("~$"))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return TABLE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
