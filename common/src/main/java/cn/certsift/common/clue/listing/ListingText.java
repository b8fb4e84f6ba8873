package cn.certsift.common.clue.listing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listing's title and text as the keyword rules read them (patterns ignore case): without spaces, quotes and
 * brackets (sellers write 免 考 and 【包过】 to slip past filters), title and text kept apart by a full
 * stop. Knows which keyword occurrences are negated: one right after a negation (不包过, 谨防“免考”), or
 * joined by 、, 和, 或 … to a negated one (谨防免考、包过).
 */
public final class ListingText {

    private static final Pattern DROPPED = Pattern.compile("[\\s\"'“”‘’「」『』《》【】〔〕\\[\\]()（）<>]");

    private final String text;
    private final List<Span> certificates;
    /** Affirmed spans by pattern text: the same keyword written in two rules matches the same. */
    private final Map<String, List<Span>> affirmed = new HashMap<>();

    /**
     * @param negations        compacted negation words
     * @param joiners          compacted joining words
     * @param keywords         every keyword pattern of the rules, so that a negation carries across rules (谨防免考包过)
     * @param certificateNames the names of safety certificates
     */
    ListingText(String title, String body, List<String> negations, List<String> joiners, List<Pattern> keywords,
                List<Pattern> certificateNames) {
        this.text = compact(title) + "。" + compact(body);
        this.certificates = outermost(matches(certificateNames));
        List<Occurrence> all = new ArrayList<>();
        for (Pattern keyword : keywords) {
            matches(keyword).forEach(span -> all.add(new Occurrence(keyword, span)));
        }
        all.sort(Comparator.comparingInt((Occurrence o) -> o.span.start()).thenComparing((Occurrence o) -> -o.span.end()));
        Occurrence previous = null;
        for (Occurrence occurrence : all) {
            String before = text.substring(0, occurrence.span.start());
            boolean negated = negations.stream().anyMatch(before::endsWith);
            if (!negated && previous != null && previous.negated && previous.span.end() <= occurrence.span.start()) {
                String between = text.substring(previous.span.end(), occurrence.span.start());
                negated = between.isEmpty() || joiners.contains(between);
            }
            occurrence.negated = negated;
            if (!negated) {
                affirmed.computeIfAbsent(occurrence.keyword.pattern(), k -> new ArrayList<>()).add(occurrence.span);
            }
            if (previous == null || occurrence.span.start() >= previous.span.end()) {
                previous = occurrence;
            }
        }
    }

    /** Where the listing names a safety certificate, in order of appearance (电工证 inside 低压电工证 not again). */
    List<Span> certificates() {
        return certificates;
    }

    /** Where the patterns match, negated or not (certificate names, prices), in order of appearance. */
    List<Span> matches(List<Pattern> patterns) {
        return patterns.stream().flatMap(pattern -> matches(pattern).stream()).sorted(Comparator.comparingInt(Span::start)).toList();
    }

    /** Where a pattern matches, negated or not. */
    List<Span> matches(Pattern pattern) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), m.group()));
        }
        return spans;
    }

    /**
     * Where the keyword patterns match and are not negated, in order of appearance; a match inside a
     * longer one (可查 in 官网可查) is left out.
     */
    List<Span> affirmed(List<Pattern> keywords) {
        return outermost(keywords.stream().flatMap(keyword -> affirmed.getOrDefault(keyword.pattern(), List.of()).stream()).toList());
    }

    /** The spans in order of appearance, without those inside a longer one. */
    private static List<Span> outermost(List<Span> spans) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start).thenComparing(span -> -span.end())).toList();
        List<Span> outermost = new ArrayList<>();
        for (Span span : sorted) {
            if (outermost.isEmpty() || span.end() > outermost.get(outermost.size() - 1).end()) {
                outermost.add(span);
            }
        }
        return outermost;
    }

    /** The matched texts of spans, each once, in order: {@code “免考”“不用考试”}. */
    static String quoted(List<Span> spans) {
        Set<String> texts = new LinkedHashSet<>();
        spans.forEach(span -> texts.add("“" + span.text() + "”"));
        return String.join("", texts);
    }

    static String compact(String raw) {
        return raw == null ? "" : DROPPED.matcher(raw).replaceAll("");
    }

    /** A stretch of the compacted text. */
    record Span(int start, int end, String text) {

        boolean isWithin(int window, Span other) {
            return start - other.end <= window && other.start - end <= window;
        }
    }

    private static final class Occurrence {
        private final Pattern keyword;
        private final Span span;
        private boolean negated;

        Occurrence(Pattern keyword, Span span) {
            this.keyword = keyword;
            this.span = span;
        }
    }
}
