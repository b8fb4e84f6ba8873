package cn.certsift.common.clue.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ListingTextTests {

    private static final Pattern EXEMPT = Pattern.compile("免考");
    private static final Pattern PASS = Pattern.compile("包过");

    private static List<String> affirmed(String body) {
        ListingText text = new ListingText(null, body, List.of("不", "谨防"), List.of("、", "和"), List.of(EXEMPT, PASS), List.of());
        return text.affirmed(List.of(EXEMPT, PASS)).stream().map(ListingText.Span::text).toList();
    }

    @Test
    void aNegationCoversTheKeywordsJoinedToIt() {
        assertEquals(List.of(), affirmed("谨防免考、包过"));
        assertEquals(List.of(), affirmed("谨防“免考”和【包过】"));
        assertEquals(List.of(), affirmed("谨防免考包过"));
    }

    @Test
    void aNegationEndsAtAnythingElse() {
        assertEquals(List.of("包过"), affirmed("谨防免考，但本店包过"));
        assertEquals(List.of("包过", "免考"), affirmed("考不过包过，免考"), "不 must stand right before the keyword");
        assertEquals(List.of("包过"), affirmed("不免考，包过"));
    }

    @Test
    void spacesQuotesAndBracketsAreIgnored() {
        assertEquals(List.of("免考", "包过"), affirmed("免 考【包 过】"));
        assertEquals("。安全员C证", ListingText.compact(null) + "。" + ListingText.compact("“安全员 C证”"));
    }
}
