package cn.certsift.common.clue.site;

import static cn.certsift.common.clue.ClueSettings.require;

import java.io.Serializable;
import java.util.List;

/**
 * The fake-site settings of {@code conf/clues.yml}.
 *
 * @param official           official sites: never flagged with their subdomains, and what fakes imitate
 * @param governmentSuffixes suffixes only government bodies can register under (gov.cn): never flagged
 * @param officialWords      words of official names that a non-government domain has no business carrying
 * @param imitatedPaths      path fragments of official query pages that fakes copy
 * @param lookalike          how far a spelling may stray and still imitate
 * @param weights            each rule's weight in the score
 */
public record SiteSettings(List<Official> official, List<String> governmentSuffixes, List<String> officialWords,
                           List<String> imitatedPaths, Lookalike lookalike, Weights weights) implements Serializable {

    public SiteSettings {
        require(official, "sites.official");
        require(governmentSuffixes, "sites.government-suffixes");
        require(officialWords, "sites.official-words");
        require(imitatedPaths, "sites.imitated-paths");
        require(lookalike, "sites.lookalike");
        require(weights, "sites.weights");
    }

    /** An official site: its domain and the name people know it by. */
    public record Official(String domain, String name) implements Serializable {
    }

    /**
     * @param maxEdits          the most edits a lookalike name may be away from an official one
     * @param charactersPerEdit one edit is allowed per this many characters of the official name (short names are
     *                          different names after one edit)
     * @param minNameLength     official names shorter than this (mem, samr) are only compared as words
     */
    public record Lookalike(int maxEdits, int charactersPerEdit, int minNameLength) implements Serializable {

        public Lookalike {
            if (maxEdits < 1 || charactersPerEdit < 1 || minNameLength < 2) {
                throw new IllegalArgumentException("conf/clues.yml: certsift.clues.sites.lookalike needs max-edits and "
                        + "characters-per-edit of at least 1 and min-name-length of at least 2, was " + maxEdits + ", "
                        + charactersPerEdit + ", " + minNameLength);
            }
        }
    }

    public record Weights(double embeddedOfficialName, double separatorVariant, double lookalikeSpelling,
                          double officialWords, double mimickedPath) implements Serializable {
    }
}
