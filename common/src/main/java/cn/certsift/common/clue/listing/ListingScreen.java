package cn.certsift.common.clue.listing;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.clue.ClueScore;
import cn.certsift.common.clue.Screening;
import cn.certsift.common.clue.contact.ContactExtractor;
import cn.certsift.common.text.Normalize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Screens an online listing for the illegal sale of safety certificates. Only a listing that names a
 * safety certificate is screened (包过 in a driving-school advert is not this campaign's business); its
 * keywords count unless negated. A listing's clue is its link: the same link seen twice is one clue.
 */
public final class ListingScreen implements Serializable {

    private final List<Pattern> certificateNames;
    private final List<String> negations;
    private final List<String> joiners;
    private final List<Pattern> keywords = new ArrayList<>();
    private final List<ClueRule<ListingText>> rules;
    private final ContactExtractor contacts;
    private final double threshold;

    public ListingScreen(ListingSettings settings, ContactExtractor contacts, double threshold) {
        this.certificateNames = Patterns.compile(settings.certificateNames(), "certificate-names");
        this.negations = settings.negations().stream().map(ListingText::compact).toList();
        this.joiners = settings.joiners().stream().map(ListingText::compact).toList();
        List<KeywordRule> keywordRules = List.of(new ExamExemption(settings.examExemption()),
                new GuaranteedPass(settings.guaranteedPass()), new DirectCertificate(settings.directCertificate()),
                new VerifiableClaim(settings.verifiableClaim()));
        AgencyWithCertificate agency = new AgencyWithCertificate(settings.agency());
        keywordRules.forEach(rule -> keywords.addAll(rule.keywords()));
        keywords.addAll(agency.keywords());
        this.rules = Stream.concat(keywordRules.stream(), Stream.of(agency, new PriceQuote(settings.price()))).toList();
        this.contacts = contacts;
        this.threshold = threshold;
    }

    public Screening screen(Listing listing) {
        ListingText text = read(listing.title(), listing.body());
        List<ListingText.Span> certificates = text.certificates();
        List<ClueHit> hits = certificates.isEmpty() ? List.of()
                : rules.stream().flatMap(rule -> rule.evaluate(text).stream()).toList();
        String subject = Normalize.text(listing.link());
        String evidence = "信息 " + subject + describe(listing) + (certificates.isEmpty() ? "未提及安全生产资格证书"
                : "涉及" + ListingText.quoted(certificates) + "，疑似违法违规售证，" + ClueScore.explain(hits, threshold)) + "。";
        return new Screening(ClueKind.ILLEGAL_LISTING, key(subject), subject, ClueScore.combine(hits), hits, evidence,
                contacts.extract(listing.contact(), listing.seller(), listing.title(), listing.body()));
    }

    /** A listing's title and text as the rules read them, every rule's keywords known so negation carries across rules. */
    ListingText read(String title, String body) {
        return new ListingText(title, body, negations, joiners, keywords, certificateNames);
    }

    /** {@code （闲鱼，卖家 证书小王）} where known. */
    private static String describe(Listing listing) {
        List<String> parts = new ArrayList<>();
        if (listing.platform() != null) {
            parts.add(listing.platform());
        }
        if (listing.seller() != null) {
            parts.add("卖家 " + listing.seller());
        }
        return parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）";
    }

    /** The link as a clue is keyed: lower case, no scheme, no {@code www.}, no trailing slash. */
    static String key(String link) {
        String key = link.toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "");
        return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }
}
