package cn.certsift.jobs.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code run-summary.json}, as the data contract (section 4) names its fields: the run date, per source
 * the files, rows read, accepted and quarantined, finding counts per code, warnings, and step timings;
 * and, beyond the contract, the online clues per kind.
 */
public record RunSummary(@JsonProperty("run_date") String runDate,
                         @JsonProperty("sources") Map<String, SourceCounts> sources,
                         @JsonProperty("findings") Map<String, Long> findings,
                         @JsonProperty("clues") Map<String, Long> clues,
                         @JsonProperty("warnings") List<String> warnings,
                         @JsonProperty("timings_ms") Map<String, Long> timingsMs) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public record SourceCounts(@JsonProperty("files") long files, @JsonProperty("read") long read,
                               @JsonProperty("accepted") long accepted, @JsonProperty("quarantined") long quarantined) {
    }

    /** Writes the summary through a temporary file and a rename, so a reader never sees half of it. */
    public void write(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        JSON.writeValue(partial.toFile(), this);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static RunSummary read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), RunSummary.class);
    }
}
