package cn.certsift.common.clue.listing;

import static cn.certsift.common.clue.ClueSettings.require;

import java.io.Serializable;
import java.util.List;

/**
 * The listing settings of {@code conf/clues.yml}. Patterns are Java regular expressions matched in the
 * listing's title and text with spaces, quotes and brackets removed, ignoring letter case; a plain word
 * is a pattern.
 *
 * @param certificateNames  names of safety certificates; a listing that names none is not screened
 * @param negations         words that, right before a keyword, turn it into a warning (谨防“免考”)
 * @param joiners           what may stand between two keywords for a negation to cover both (谨防免考、包过)
 * @param examExemption     免考, 不用考试 …
 * @param guaranteedPass    包过, 保过 …
 * @param directCertificate 直接出证, 速成 …
 * @param verifiableClaim   可查, 官网可查 …
 * @param agency            代办 … near a certificate name
 * @param price             prices
 */
public record ListingSettings(List<String> certificateNames, List<String> negations, List<String> joiners,
                              Rule examExemption, Rule guaranteedPass, Rule directCertificate, Rule verifiableClaim,
                              AgencyRule agency, Rule price) implements Serializable {

    public ListingSettings {
        require(certificateNames, "listings.certificate-names");
        require(negations, "listings.negations");
        require(joiners, "listings.joiners");
        require(examExemption, "listings.exam-exemption");
        require(guaranteedPass, "listings.guaranteed-pass");
        require(directCertificate, "listings.direct-certificate");
        require(verifiableClaim, "listings.verifiable-claim");
        require(agency, "listings.agency");
        require(price, "listings.price");
    }

    public record Rule(double weight, List<String> patterns) implements Serializable {
    }

    /** @param window how many characters before or after the keyword a certificate name may stand */
    public record AgencyRule(double weight, List<String> patterns, int window) implements Serializable {
    }
}
