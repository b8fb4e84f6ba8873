package cn.certsift.common.clue.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.text.WebAddress;

import java.util.Optional;

/** Runs a site rule on an address written as a report would give it. */
final class SiteRuleAssertions {

    private SiteRuleAssertions() {
    }

    static Optional<ClueHit> evaluate(ClueRule<WebAddress> rule, String address) {
        return rule.evaluate(WebAddress.parse(address).orElseThrow(() -> new AssertionError("not an address: " + address)));
    }

    static ClueHit fires(ClueRule<WebAddress> rule, String address) {
        return evaluate(rule, address).orElseThrow(() -> new AssertionError(rule.name() + " should fire on " + address));
    }

    static void staysSilent(ClueRule<WebAddress> rule, String address) {
        Optional<ClueHit> hit = evaluate(rule, address);
        assertTrue(hit.isEmpty(), () -> rule.name() + " should not fire on " + address + ": " + hit.orElseThrow().evidence());
    }
}
