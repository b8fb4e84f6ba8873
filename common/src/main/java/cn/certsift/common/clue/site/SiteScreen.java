package cn.certsift.common.clue.site;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.clue.ClueScore;
import cn.certsift.common.clue.Screening;
import cn.certsift.common.clue.contact.ContactExtractor;
import cn.certsift.common.text.WebAddress;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Screens an observed web address for imitation of an official certificate query platform. Official
 * sites, their subdomains and hosts under a government suffix are never screened. A site's clue is its
 * host: the many addresses of one fake site (one per forged card it "verifies") are one clue.
 */
public final class SiteScreen implements Serializable {

    private final OfficialSites officials;
    private final List<ClueRule<WebAddress>> rules;
    private final ContactExtractor contacts;
    private final double threshold;

    public SiteScreen(SiteSettings settings, ContactExtractor contacts, double threshold) {
        this.officials = new OfficialSites(settings.official(), settings.governmentSuffixes(), settings.lookalike().minNameLength());
        SiteSettings.Weights weights = settings.weights();
        this.rules = List.of(
                new EmbeddedOfficialName(officials, weights.embeddedOfficialName()),
                new SeparatorVariant(officials, weights.separatorVariant()),
                new LookalikeSpelling(officials, settings.lookalike(), weights.lookalikeSpelling()),
                new OfficialWords(settings.officialWords(), weights.officialWords()),
                new MimickedPath(officials, settings.imitatedPaths(), weights.mimickedPath()));
        this.contacts = contacts;
        this.threshold = threshold;
    }

    /**
     * The screening of an address, with the contacts in the texts that came with it (a remark); empty
     * when the value is not a web address or the site is official.
     */
    public Optional<Screening> screen(String observed, String... texts) {
        Optional<WebAddress> parsed = WebAddress.parse(observed);
        if (parsed.isEmpty() || officials.isOfficial(parsed.get())) {
            return Optional.empty();
        }
        WebAddress address = parsed.get();
        List<ClueHit> hits = rules.stream().flatMap(rule -> rule.evaluate(address).stream()).toList();
        String evidence = "网址 " + address.observed() + " 疑似仿冒官方证书查询平台，" + ClueScore.explain(hits, threshold) + "。";
        return Optional.of(new Screening(ClueKind.FAKE_SITE, address.host(), address.observed(), ClueScore.combine(hits), hits,
                evidence, contacts.extract(texts)));
    }
}
