package cn.certsift.common.clue;

import cn.certsift.common.clue.listing.ListingSettings;
import cn.certsift.common.clue.site.SiteSettings;

import java.io.Serializable;
import java.util.List;

/**
 * The screening settings of {@code conf/clues.yml}.
 *
 * @param threshold only subjects scoring at least this become clues (0–1)
 * @param sites     official sites and the rules for fake query sites
 * @param listings  keywords and patterns for listings
 * @param contacts  the words sellers put before WeChat ids and QQ numbers
 */
public record ClueSettings(double threshold, SiteSettings sites, ListingSettings listings, Contacts contacts)
        implements Serializable {

    public ClueSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("conf/clues.yml: certsift.clues.threshold must be above 0 and at most 1, was "
                    + threshold);
        }
        require(sites, "sites");
        require(listings, "listings");
        require(contacts, "contacts");
    }

    public record Contacts(List<String> wechatMarkers, List<String> qqMarkers) implements Serializable {
    }

    /** A section of conf/clues.yml that must be there. */
    public static <T> T require(T value, String setting) {
        if (value == null) {
            throw new IllegalArgumentException("conf/clues.yml: certsift.clues." + setting + " is missing");
        }
        return value;
    }
}
