package cn.certsift.common.clue.site;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.text.WebAddress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official name with its dots turned into hyphens, or dropped, in another domain: {@code cx-mem-gov.cn},
 * {@code cxmem.com}, {@code mem.gov.top}. Without the separators it is the official name letter for letter.
 */
public final class SeparatorVariant extends ClueRule<WebAddress> {

    private final OfficialSites officials;

    public SeparatorVariant(OfficialSites officials, double weight) {
        super("改动分隔符", weight, "去掉点和连字符后为 {name}，与官方域名 {official}相同");
        this.officials = officials;
    }

    @Override
    public Optional<ClueHit> evaluate(WebAddress address) {
        List<String> candidates = CandidateNames.of(address);
        for (OfficialSites.Imitated site : officials.imitated()) {
            for (String form : site.forms()) {
                if (candidates.contains(form)) {
                    return hit(1, Map.of("name", form, "official", site.described()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the host is an official name with other separators: then it is not also a misspelling of it. */
    static boolean matches(List<String> candidates, OfficialSites.Imitated site) {
        return site.forms().stream().anyMatch(candidates::contains);
    }
}
