package cn.certsift.common.header;

import cn.certsift.common.source.FieldSpec;
import cn.certsift.common.source.SourceKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the header row of a source: the first row that names every required column. Rows above
 * it are titles ("2024年持证人员名单") and are skipped.
 */
public final class HeaderLocator {

    private final SourceKind kind;
    private final HeaderDictionary dictionary;

    public HeaderLocator(SourceKind kind, HeaderDictionary dictionary) {
        this.kind = kind;
        this.dictionary = dictionary;
    }

    /** The layout this row describes if it names every required column of the source. */
    public Optional<HeaderLayout> layoutOf(List<String> cells) {
        int[] columnOfField = new int[kind.fields().size()];
        Arrays.fill(columnOfField, -1);
        Map<Integer, String> unknown = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            Optional<String> canonical = dictionary.canonical(kind, cell);
            if (canonical.isEmpty()) {
                if (cell != null && !cell.isBlank()) {
                    unknown.put(column, cell.strip());
                }
                continue;
            }
            int field = kind.indexOf(canonical.get());
            if (columnOfField[field] >= 0) {
                duplicates.add(cell.strip());
            } else {
                columnOfField[field] = column;
            }
        }
        for (int field = 0; field < columnOfField.length; field++) {
            if (kind.fields().get(field).required() && columnOfField[field] < 0) {
                return Optional.empty();
            }
        }
        List<FieldSpec> oneOf = kind.oneRequired();
        if (!oneOf.isEmpty() && oneOf.stream().allMatch(field -> columnOfField[kind.fields().indexOf(field)] < 0)) {
            return Optional.empty();
        }
        return Optional.of(new HeaderLayout(kind, columnOfField, unknown, duplicates, cells.size()));
    }

    /** The Chinese headers of required columns this row does not name, to explain a missing header. */
    public List<String> missingRequired(List<String> cells) {
        List<String> named = cells.stream().map(cell -> dictionary.canonical(kind, cell).orElse("")).toList();
        List<String> missing = new ArrayList<>(kind.requiredFields().stream()
                .filter(field -> !named.contains(field.name()))
                .map(FieldSpec::chineseHeader)
                .toList());
        if (!kind.oneRequired().isEmpty() && kind.oneRequired().stream().noneMatch(field -> named.contains(field.name()))) {
            missing.add(oneRequiredHeaders());
        }
        return missing;
    }

    /** The Chinese headers of all required columns, joined for messages: {@code 姓名、身份证号…}, {@code 链接、标题或正文}. */
    public String requiredHeaders() {
        List<String> headers = new ArrayList<>(kind.requiredFields().stream().map(FieldSpec::chineseHeader).toList());
        if (!kind.oneRequired().isEmpty()) {
            headers.add(oneRequiredHeaders());
        }
        return String.join("、", headers);
    }

    private String oneRequiredHeaders() {
        return String.join("或", kind.oneRequired().stream().map(FieldSpec::chineseHeader).toList());
    }
}
