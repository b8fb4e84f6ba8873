package cn.certsift.common.clue.contact;

import cn.certsift.common.text.Normalize;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds contact details in free text: mainland mobile numbers ({@code 1[3-9]} and nine digits, with or
 * without +86 and separators), landlines with their area code ({@code 0755-12345678}), WeChat ids and
 * QQ numbers after one of the markers sellers use for them (微信, vx, v信, wx … from conf/clues.yml).
 */
public final class ContactExtractor implements Serializable {

    private static final Pattern MOBILE =
            Pattern.compile("(?<![\\d.])(?:(?:\\+|00)?86[- ]?)?(1[3-9]\\d)[- ]?(\\d{4})[- ]?(\\d{4})(?![\\d.])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![\\d.])(0\\d{2,3})[- ]?(\\d{7,8})(?![\\d.])");
    /** WeChat's own rule for ids: a letter, then 5–19 letters, digits, - or _. */
    private static final String WECHAT_ID = "([a-z][-_a-z0-9]{5,19})(?![-_a-z0-9])";
    private static final String QQ_NUMBER = "([1-9]\\d{4,11})(?!\\d)";
    /**
     * What may stand between a marker and the id: 号, a colon, spaces, 是, 为. A marker inside a word is no
     * marker, and a Latin marker must be set apart from the id (vx abc123, not vxabc123 or wxyz2026).
     */
    private static final String MARKER_GAP = "(?:号码|号)?\\s*(?:是|为|:)?\\s*";

    private static final Pattern LATIN_END = Pattern.compile("[a-z0-9]$");

    private final Pattern wechat;
    private final Pattern qq;

    /**
     * @param wechatMarkers words sellers put before a WeChat id (微信, vx, v信, wx, 薇信 …)
     * @param qqMarkers     words before a QQ number (qq, 扣扣 …)
     */
    public ContactExtractor(List<String> wechatMarkers, List<String> qqMarkers) {
        this.wechat = Pattern.compile(markers(wechatMarkers) + MARKER_GAP + WECHAT_ID);
        this.qq = Pattern.compile(markers(qqMarkers) + MARKER_GAP + QQ_NUMBER);
    }

    /** The distinct contacts in the texts, in a stable order (kind, then value). */
    public List<Contact> extract(String... texts) {
        TreeSet<Contact> found = new TreeSet<>();
        for (String raw : texts) {
            String text = Normalize.prose(raw);
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            Matcher m = MOBILE.matcher(lower);
            while (m.find()) {
                found.add(new Contact(ContactKind.MOBILE, m.group(1) + m.group(2) + m.group(3)));
            }
            m = LANDLINE.matcher(lower);
            while (m.find()) {
                found.add(new Contact(ContactKind.LANDLINE, m.group(1) + m.group(2)));
            }
            m = wechat.matcher(lower);
            while (m.find()) {
                found.add(new Contact(ContactKind.WECHAT, m.group(1)));
            }
            m = qq.matcher(lower);
            while (m.find()) {
                found.add(new Contact(ContactKind.QQ, m.group(1)));
            }
        }
        return List.copyOf(found);
    }

    private static String markers(List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException("conf/clues.yml: a list of contact markers is empty");
        }
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT))
                .map(word -> Pattern.quote(word) + (LATIN_END.matcher(word).find() ? "(?![a-z0-9_-])" : ""))
                .collect(Collectors.joining("|", "(?<![a-z0-9_-])(?:", ")"));
    }
}
