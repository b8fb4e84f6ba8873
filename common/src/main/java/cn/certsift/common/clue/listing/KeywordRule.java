package cn.certsift.common.clue.listing;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A rule that fires when one of its keywords appears in a listing and is not negated; the evidence quotes them. */
public abstract class KeywordRule extends ClueRule<ListingText> {

    private final List<Pattern> keywords;

    protected KeywordRule(String name, ListingSettings.Rule settings, String setting, String evidenceTemplate) {
        super(name, settings.weight(), evidenceTemplate);
        this.keywords = Patterns.compile(settings.patterns(), setting);
    }

    List<Pattern> keywords() {
        return keywords;
    }

    @Override
    public Optional<ClueHit> evaluate(ListingText text) {
        List<ListingText.Span> found = text.affirmed(keywords);
        return found.isEmpty() ? Optional.empty() : hit(1, Map.of("words", ListingText.quoted(found)));
    }
}
