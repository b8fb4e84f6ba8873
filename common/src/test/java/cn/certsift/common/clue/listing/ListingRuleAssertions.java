package cn.certsift.common.clue.listing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueFixtures;
import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.clue.contact.ContactExtractor;

import java.util.Optional;

/** Runs a listing rule on a listing's text as the fixture's screen reads it (negations, joiners, certificate names). */
final class ListingRuleAssertions {

    static final ListingScreen SCREEN = new ListingScreen(ClueFixtures.LISTINGS, new ContactExtractor(
            ClueFixtures.SETTINGS.contacts().wechatMarkers(), ClueFixtures.SETTINGS.contacts().qqMarkers()), ClueFixtures.THRESHOLD);

    private ListingRuleAssertions() {
    }

    static Optional<ClueHit> evaluate(ClueRule<ListingText> rule, String body) {
        return rule.evaluate(SCREEN.read("", body));
    }

    static ClueHit fires(ClueRule<ListingText> rule, String body) {
        return evaluate(rule, body).orElseThrow(() -> new AssertionError(rule.name() + " should fire on " + body));
    }

    static void staysSilent(ClueRule<ListingText> rule, String body) {
        Optional<ClueHit> hit = evaluate(rule, body);
        assertTrue(hit.isEmpty(), () -> rule.name() + " should not fire on " + body + ": " + hit.orElseThrow().evidence());
    }
}
