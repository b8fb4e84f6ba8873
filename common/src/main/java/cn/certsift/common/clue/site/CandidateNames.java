package cn.certsift.common.clue.site;

import cn.certsift.common.text.WebAddress;

import java.util.ArrayList;
import java.util.List;

/** The compact forms of a host that are compared with official names: without its suffix, and whole (no {@code www.}). */
final class CandidateNames {

    private CandidateNames() {
    }

    static List<String> of(WebAddress address) {
        List<String> forms = new ArrayList<>();
        forms.add(OfficialSites.compact(address.nameBeforeSuffix()));
        String host = address.host().startsWith("www.") ? address.host().substring(4) : address.host();
        String whole = OfficialSites.compact(host);
        if (!forms.contains(whole)) {
            forms.add(whole);
        }
        return forms;
    }
}
