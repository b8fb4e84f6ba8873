package cn.certsift.common.clue;

import cn.certsift.common.clue.contact.ContactExtractor;
import cn.certsift.common.clue.listing.ListingScreen;
import cn.certsift.common.clue.site.SiteScreen;

import java.io.Serializable;

/** The two screens built from {@code conf/clues.yml}, with the contact extractor they share. */
public record ClueScreens(SiteScreen sites, ListingScreen listings, double threshold) implements Serializable {

    public static ClueScreens of(ClueSettings settings) {
        ContactExtractor contacts = new ContactExtractor(settings.contacts().wechatMarkers(), settings.contacts().qqMarkers());
        return new ClueScreens(new SiteScreen(settings.sites(), contacts, settings.threshold()),
                new ListingScreen(settings.listings(), contacts, settings.threshold()), settings.threshold());
    }
}
