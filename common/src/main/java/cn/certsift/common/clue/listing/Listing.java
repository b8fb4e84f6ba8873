package cn.certsift.common.clue.listing;

import java.io.Serializable;

/** An online listing or advert as the monitoring offices record it. */
public record Listing(String link, String platform, String title, String body, String seller, String contact)
        implements Serializable {
}
