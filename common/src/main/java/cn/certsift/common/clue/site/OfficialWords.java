package cn.certsift.common.clue.site;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.text.WebAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Official words (mem, yingji, anquan, zhengshu, chaxun, gov …) in a domain that is not a government
 * one: {@code zhengshu-chaxun.com}, {@code yingji-anquan.top}. A word of three letters or fewer only
 * counts as a whole part of the name ({@code mem-cx.com}) or inside a part made of official words alone
 * ({@code memanquan.com}), never inside another word ({@code memory.com}); longer words count anywhere
 * in the name. One word is a hint, two are a pattern: the rule fires at half strength per word.
 */
public final class OfficialWords extends ClueRule<WebAddress> {

    private static final int SHORT_WORD = 3;
    private static final double STRENGTH_PER_WORD = 0.5;

    private final List<String> words;

    public OfficialWords(List<String> words, double weight) {
        super("官方字样", weight, "非政府域名 {host} 含官方字样 {words}");
        this.words = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public Optional<ClueHit> evaluate(WebAddress address) {
        String name = address.nameBeforeSuffix();
        List<String> parts = List.of(name.split("[.\\-_\\d]+"));
        String compact = OfficialSites.compact(name);
        List<String> found = new ArrayList<>();
        List<String> wordParts = new ArrayList<>();
        parts.forEach(part -> wordParts.addAll(officialWordsOnly(part)));
        for (String word : words) {
            boolean present = word.length() <= SHORT_WORD ? wordParts.contains(word) : compact.contains(word);
            if (present) {
                found.add(word);
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return hit(Math.min(1, found.size() * STRENGTH_PER_WORD), Map.of("host", address.host(), "words", String.join("、", found)));
    }

    /**
     * The official words a part of the name is made of, when it is made of nothing else ({@code memanquan}
     * → mem, anquan; {@code mem} → mem); otherwise empty ({@code memory}).
     */
    private List<String> officialWordsOnly(String part) {
        List<List<String>> splits = new ArrayList<>();
        splits.add(List.of());
        for (int end = 1; end <= part.length(); end++) {
            List<String> split = null;
            for (String word : words) {
                int start = end - word.length();
                if (start >= 0 && splits.get(start) != null && part.startsWith(word, start)) {
                    split = new ArrayList<>(splits.get(start));
                    split.add(word);
                    break;
                }
            }
            splits.add(split);
        }
        List<String> whole = splits.get(part.length());
        return whole == null ? List.of() : whole;
    }
}
