package cn.certsift.common.clue.listing;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A price in a listing about certificates (800元, ￥1200, 价格600): a certificate on sale. Honest training
 * adverts state fees too, so it weighs little alone.
 */
public final class PriceQuote extends ClueRule<ListingText> {

    private final List<Pattern> prices;

    public PriceQuote(ListingSettings.Rule settings) {
        super("标价", settings.weight(), "标明价格（{prices}）");
        this.prices = Patterns.compile(settings.patterns(), "price");
    }

    @Override
    public Optional<ClueHit> evaluate(ListingText text) {
        List<ListingText.Span> found = text.matches(prices);
        return found.isEmpty() ? Optional.empty() : hit(1, Map.of("prices", ListingText.quoted(found)));
    }
}
