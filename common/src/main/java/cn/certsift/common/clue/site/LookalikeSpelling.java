package cn.certsift.common.clue.site;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.clue.ClueScore;
import cn.certsift.common.text.WebAddress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * An official name misspelt on purpose: a letter added, dropped, replaced or two neighbours swapped
 * ({@code cxmen.com}, {@code cx-meem.cn}, {@code zlaq-mohrud.com}). Compared without separators, the
 * name may be a few edits away (Levenshtein distance, a swap of neighbours counting as one edit): at most
 * one per {@code charactersPerEdit} characters of the official name and never more than {@code maxEdits}.
 * The rule fires as strongly as the two names are alike (Jaro-Winkler similarity).
 */
public final class LookalikeSpelling extends ClueRule<WebAddress> {

    private final OfficialSites officials;
    private final SiteSettings.Lookalike limits;

    public LookalikeSpelling(OfficialSites officials, SiteSettings.Lookalike limits, double weight) {
        super("仿冒拼写", weight, "去掉点和连字符后为 {name}，与官方域名 {official}的 {official_name} 仅差 {edits} 处"
                + "（编辑距离 {distance}，Jaro-Winkler 相似度 {similarity}）");
        this.officials = officials;
        this.limits = limits;
    }

    @Override
    public Optional<ClueHit> evaluate(WebAddress address) {
        List<String> candidates = CandidateNames.of(address);
        Closest closest = null;
        for (OfficialSites.Imitated site : officials.imitated()) {
            if (SeparatorVariant.matches(candidates, site)) {
                continue;
            }
            for (String official : site.forms()) {
                int allowed = Math.min(limits.maxEdits(), Math.max(1, official.length() / limits.charactersPerEdit()));
                for (String candidate : candidates) {
                    int edits = edits(candidate, official);
                    if (edits >= 1 && edits <= allowed) {
                        Closest next = new Closest(site, official, candidate, edits,
                                new JaroWinklerSimilarity().apply(candidate, official));
                        if (closest == null || next.isCloserThan(closest)) {
                            closest = next;
                        }
                    }
                }
            }
        }
        if (closest == null) {
            return Optional.empty();
        }
        return hit(closest.similarity, Map.of("name", closest.candidate, "official", closest.site.described(),
                "official_name", closest.official, "edits", closest.edits,
                "distance", LevenshteinDistance.getDefaultInstance().apply(closest.candidate, closest.official),
                "similarity", ClueScore.decimal(closest.similarity)));
    }

    /** Levenshtein distance, except that two swapped neighbours count as one edit, as a typist sees them. */
    static int edits(String a, String b) {
        int distance = LevenshteinDistance.getDefaultInstance().apply(a, b);
        if (distance == 2 && a.length() == b.length()) {
            int first = 0;
            while (a.charAt(first) == b.charAt(first)) {
                first++;
            }
            boolean swapped = first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
            return swapped ? 1 : distance;
        }
        return distance;
    }

    private record Closest(OfficialSites.Imitated site, String official, String candidate, int edits, double similarity) {

        boolean isCloserThan(Closest other) {
            return edits < other.edits || edits == other.edits && similarity > other.similarity;
        }
    }
}
