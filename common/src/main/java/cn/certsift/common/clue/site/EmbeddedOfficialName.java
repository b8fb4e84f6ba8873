package cn.certsift.common.clue.site;

import cn.certsift.common.clue.ClueHit;
import cn.certsift.common.clue.ClueRule;
import cn.certsift.common.text.WebAddress;

import java.util.Map;
import java.util.Optional;

/**
 * An official domain written into another host ({@code cx.mem.gov.cn.evil.com}) or before an {@code @}
 * ({@code http://cx.mem.gov.cn@1.2.3.4/}): the address starts like the official one, but the browser goes
 * to the name at its end.
 */
public final class EmbeddedOfficialName extends ClueRule<WebAddress> {

    private final OfficialSites officials;

    public EmbeddedOfficialName(OfficialSites officials, double weight) {
        super("嵌入官方域名", weight, "网址{where}写有官方域名 {official}，实际访问的却是 {registered}");
        this.officials = officials;
    }

    @Override
    public Optional<ClueHit> evaluate(WebAddress address) {
        String labels = "." + address.host() + ".";
        for (OfficialSites.Imitated site : officials.imitated()) {
            if (labels.contains("." + site.domain() + ".")) {
                return hit(1, Map.of("where", "的主机名中", "official", site.described(), "registered", address.registeredDomain()));
            }
            if (address.userInfo().contains(site.domain())) {
                return hit(1, Map.of("where", "的 @ 之前", "official", site.described(), "registered", address.host()));
            }
        }
        return Optional.empty();
    }
}
