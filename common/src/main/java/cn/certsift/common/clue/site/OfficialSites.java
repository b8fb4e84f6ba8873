package cn.certsift.common.clue.site;

import cn.certsift.common.text.WebAddress;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The official sites of {@code conf/clues.yml} and the government suffixes: which hosts are official
 * (never a clue), and the names fakes imitate, longest first so the most specific one is named.
 */
public final class OfficialSites implements Serializable {

    private final List<Imitated> imitated;
    private final List<String> governmentSuffixes;

    public OfficialSites(List<SiteSettings.Official> official, List<String> governmentSuffixes, int minNameLength) {
        this.imitated = official.stream()
                .map(site -> Imitated.of(site, minNameLength))
                .sorted(Comparator.comparingInt((Imitated site) -> site.domain().length()).reversed())
                .toList();
        this.governmentSuffixes = governmentSuffixes.stream().map(suffix -> suffix.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether the host is an official site, one of its subdomains, or under a government suffix. */
    public boolean isOfficial(WebAddress address) {
        return imitated.stream().anyMatch(site -> address.isUnder(site.domain()))
                || governmentSuffixes.stream().anyMatch(address::isUnder);
    }

    public List<Imitated> imitated() {
        return imitated;
    }

    /** Letters and digits only: {@code cxmemgov} for {@code cx-mem-gov}, the name with its separators dropped. */
    static String compact(String name) {
        return name.replaceAll("[.\\-_]", "");
    }

    /**
     * An official site as fakes imitate it: its domain, its name, and its compact forms long enough to
     * compare — without the government suffix ({@code cxmem}), with {@code gov} ({@code cxmemgov}), whole
     * ({@code cxmemgovcn}).
     */
    public record Imitated(String domain, String name, List<String> forms) implements Serializable {

        static Imitated of(SiteSettings.Official site, int minNameLength) {
            String domain = site.domain().toLowerCase(Locale.ROOT);
            WebAddress address = WebAddress.parse(domain).orElseThrow(() -> new IllegalArgumentException(
                    "conf/clues.yml: official site '" + site.domain() + "' is not a domain name"));
            String suffix = address.publicSuffix();
            String core = address.nameBeforeSuffix();
            List<String> forms = new ArrayList<>();
            for (String form : List.of(core, core + "." + suffix.split("\\.")[0], domain)) {
                String compact = compact(form);
                if (compact.length() >= minNameLength && !forms.contains(compact)) {
                    forms.add(compact);
                }
            }
            return new Imitated(domain, site.name(), forms);
        }

        /** {@code cx.mem.gov.cn（应急管理部…查询平台）} for evidence. */
        public String described() {
            return domain + "（" + name + "）";
        }
    }
}
