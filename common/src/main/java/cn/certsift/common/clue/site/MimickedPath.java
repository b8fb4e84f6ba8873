package cn.certsift.common.clue.site;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.text.WebAddress;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A path that dresses another host up as an official query page: the official domain in the path, or a
 * path segment that is its compact name ({@code 45.77.1.2/cx.mem.gov.cn/}, {@code evil.com/cx-mem-gov/query}),
 * fires fully; a
 * query-page fragment from conf ({@code /zscx}) at half strength, as official and honest pages use such
 * words too.
 */
public final class MimickedPath extends ClueRule<WebAddress> {

    private static final double FRAGMENT_STRENGTH = 0.5;

    private final OfficialSites officials;
    private final List<String> fragments;

    public MimickedPath(OfficialSites officials, List<String> fragments, double weight) {
        super("仿冒路径", weight, "路径 {path} 中含{what} {found}");
        this.officials = officials;
        this.fragments = fragments.stream().map(fragment -> fragment.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public Optional<ClueHit> evaluate(WebAddress address) {
        String path = address.path();
        List<String> segments = Stream.of(path.split("/")).map(OfficialSites::compact).toList();
        for (OfficialSites.Imitated site : officials.imitated()) {
            boolean named = path.contains(site.domain()) || site.forms().stream().anyMatch(segments::contains);
            if (named) {
                return hit(1, Map.of("path", path, "what", "官方域名", "found", site.described()));
            }
        }
        for (String fragment : fragments) {
            if (path.contains(fragment)) {
                return hit(FRAGMENT_STRENGTH, Map.of("path", path, "what", "查询页常用路径", "found", fragment));
            }
        }
        return Optional.empty();
    }
}
