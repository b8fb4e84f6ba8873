package cn.certsift.jobs.config;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.cluster.ClusterSettings;
import cn.certsift.common.clue.ClueSettings;
import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.cert.PostRequirement;
import cn.certsift.common.cert.QualifyingCertificate;
import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.Department;
import cn.certsift.common.source.SourceKind;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The {@code certsift.*} settings of {@code conf/application.yml} and the tables it imports. */
@ConfigurationProperties("certsift")
public record CertSiftProperties(Path workDir, Demo demo, Ingest ingest, Spark spark, Matching matching, Export export,
                                 Headers headers, List<Post> posts, ClueSettings clues,
                                 InstitutionSettings institutions, ClusterSettings clusters) {

    public record Demo(Path input, Path output, LocalDate runDate) {
    }

    public record Ingest(int headerSearchRows, int parallelFiles, @DefaultValue("true") boolean reuseUnchangedFiles,
                         Map<String, Source> sources) {
    }

    public record Source(List<String> patterns, boolean required) {
    }

    public record Spark(String master, Map<String, String> settings) {
    }

    public record Matching(int reviewWindowDays, long broadcastRosterKeysUpTo, Names names) {
    }

    public record Names(int maxTypingEdits, int minLengthForTypingErrors) {
    }

    public record Export(boolean inspectorFullIdNumbers) {
    }

    public record Headers(Map<String, List<String>> shared, Map<String, Map<String, List<String>>> perSource) {
    }

    public record Post(String post, List<String> synonyms, List<Qualifying> qualifying) {
    }

    public record Qualifying(Department department, String kind, List<String> categories) {
    }

    /** The settings of each source, failing on a source name the contract does not know. */
    public Map<SourceKind, Source> sources() {
        Map<SourceKind, Source> bySource = new EnumMap<>(SourceKind.class);
        ingest.sources().forEach((id, source) -> bySource.put(sourceKind(id, "certsift.ingest.sources"), source));
        for (SourceKind kind : SourceKind.values()) {
            if (!bySource.containsKey(kind)) {
                throw new IllegalStateException("conf/application.yml: certsift.ingest.sources has no entry for " + kind.id());
            }
        }
        return bySource;
    }

    public Map<SourceKind, List<String>> filePatterns() {
        Map<SourceKind, List<String>> patterns = new EnumMap<>(SourceKind.class);
        sources().forEach((kind, source) -> patterns.put(kind, source.patterns()));
        return patterns;
    }

    public HeaderDictionary headerDictionary() {
        Map<SourceKind, Map<String, List<String>>> perSource = new EnumMap<>(SourceKind.class);
        if (headers.perSource() != null) {
            headers.perSource().forEach((id, synonyms) -> perSource.put(sourceKind(id, "certsift.headers.per-source"), synonyms));
        }
        return new HeaderDictionary(headers.shared() == null ? Map.of() : headers.shared(), perSource);
    }

    public PostCatalog postCatalog() {
        return new PostCatalog(posts.stream()
                .map(post -> new PostRequirement(post.post(), post.synonyms(), post.qualifying() == null ? List.of()
                        : post.qualifying().stream()
                        .map(q -> new QualifyingCertificate(q.department(), q.kind(), q.categories())).toList()))
                .toList());
    }

    private static SourceKind sourceKind(String id, String setting) {
        return SourceKind.byId(id).orElseThrow(() -> new IllegalStateException(
                "conf: " + setting + " names an unknown source '" + id + "' (known: "
                        + String.join(", ", Arrays.stream(SourceKind.values()).map(SourceKind::id).toList()) + ")"));
    }
}
