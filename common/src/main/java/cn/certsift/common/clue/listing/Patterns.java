package cn.certsift.common.clue.listing;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Patterns of conf/clues.yml compiled to match compacted listing text (so they hold no spaces, quotes or
 * brackets to match), ignoring case, with the setting named when one is broken.
 */
final class Patterns {

    private Patterns() {
    }

    static List<Pattern> compile(List<String> patterns, String setting) {
        if (patterns == null || patterns.isEmpty()) {
            throw new IllegalArgumentException("conf/clues.yml: certsift.clues.listings." + setting + " lists no pattern");
        }
        return patterns.stream().map(pattern -> {
            try {
                return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException broken) {
                throw new IllegalArgumentException("conf/clues.yml: certsift.clues.listings." + setting + " has a pattern that is not a "
                        + "regular expression: '" + pattern + "' (" + broken.getDescription() + ")", broken);
            }
        }).toList();
    }
}
