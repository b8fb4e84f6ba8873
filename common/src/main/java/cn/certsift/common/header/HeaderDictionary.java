package cn.certsift.common.header;

import cn.certsift.common.source.FieldSpec;
import cn.certsift.common.source.SourceKind;
import cn.certsift.common.text.Normalize;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which header cell names which contract column, per source. The contract's Chinese header and the
 * English canonical name are always known; synonyms come from the table in {@code conf/headers.yml},
 * either for every source that has the column or for one source only (which wins).
 */
public final class HeaderDictionary {

    private final Map<SourceKind, Map<String, String>> canonicalByHeader = new EnumMap<>(SourceKind.class);

    /**
     * @param shared    canonical name → synonyms, applied to every source whose schema has the column
     * @param perSource source → (canonical name → synonyms), for headers that mean different things per source
     */
    public HeaderDictionary(Map<String, List<String>> shared, Map<SourceKind, Map<String, List<String>>> perSource) {
        for (SourceKind kind : SourceKind.values()) {
            Map<String, String> byHeader = new HashMap<>();
            for (FieldSpec field : kind.fields()) {
                add(byHeader, field.name(), List.of(field.name(), field.chineseHeader()));
                add(byHeader, field.name(), shared.getOrDefault(field.name(), List.of()));
            }
            perSource.getOrDefault(kind, Map.of()).forEach((canonical, synonyms) -> {
                String field = kind.fields().get(kind.indexOf(canonical)).name();
                synonyms.forEach(synonym -> byHeader.put(key(synonym), field));
            });
            canonicalByHeader.put(kind, byHeader);
        }
    }

    /** The contract's headers and canonical names only, without synonyms. */
    public static HeaderDictionary contractOnly() {
        return new HeaderDictionary(Map.of(), Map.of());
    }

    /**
     * The canonical column a header cell names in a source. Tried as written (ignoring spaces, width,
     * case and asterisks), then without a trailing unit in brackets ({@code 培训学时(小时)}) or colon.
     */
    public Optional<String> canonical(SourceKind kind, String headerCell) {
        String key = key(headerCell);
        if (key == null) {
            return Optional.empty();
        }
        Map<String, String> byHeader = canonicalByHeader.get(kind);
        String found = byHeader.get(key);
        if (found == null) {
            String bare = key.replaceFirst("[:：]$", "").replaceFirst("\\([^()]*\\)$", "");
            found = byHeader.get(bare);
        }
        return Optional.ofNullable(found);
    }

    /**
     * Every header this dictionary recognises for a source (normalised as {@link #canonical} compares
     * them) with the canonical column it names, sorted by header.
     */
    public SortedMap<String, String> entries(SourceKind kind) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(canonicalByHeader.get(kind)));
    }

    private static void add(Map<String, String> byHeader, String canonical, List<String> names) {
        for (String name : names) {
            String earlier = byHeader.putIfAbsent(key(name), canonical);
            if (earlier != null && !earlier.equals(canonical)) {
                throw new IllegalArgumentException("表头“" + name + "”同时被列为 " + earlier + " 和 " + canonical
                        + " 的同义词 / header '" + name + "' is listed for both " + earlier + " and " + canonical);
            }
        }
    }

    private static String key(String header) {
        return Normalize.header(header);
    }
}
