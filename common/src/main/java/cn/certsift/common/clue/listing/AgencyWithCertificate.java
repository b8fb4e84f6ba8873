package cn.certsift.common.clue.listing;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 代办 or 办证 within a few characters of a certificate name (代办电工证, 焊工证代办): safety certificates
 * are earned by the holder in an exam, never obtained on someone's behalf. 代办营业执照 is not this rule's business.
 */
public final class AgencyWithCertificate extends ClueRule<ListingText> {

    private final List<Pattern> keywords;
    private final int window;

    public AgencyWithCertificate(ListingSettings.AgencyRule settings) {
        super("代办证书", settings.weight(), "提供代办（{words}），所涉证书 {certificates}");
        this.keywords = Patterns.compile(settings.patterns(), "agency");
        this.window = settings.window();
    }

    List<Pattern> keywords() {
        return keywords;
    }

    @Override
    public Optional<ClueHit> evaluate(ListingText text) {
        List<ListingText.Span> offers = new ArrayList<>();
        List<ListingText.Span> named = new ArrayList<>();
        for (ListingText.Span offer : text.affirmed(keywords)) {
            List<ListingText.Span> near = text.certificates().stream().filter(certificate -> certificate.isWithin(window, offer)).toList();
            if (!near.isEmpty()) {
                offers.add(offer);
                named.addAll(near);
            }
        }
        if (offers.isEmpty()) {
            return Optional.empty();
        }
        return hit(1, Map.of("words", ListingText.quoted(offers), "certificates", ListingText.quoted(named)));
    }
}
