package cn.certsift.jobs.samples;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.cert.PostRequirement;
import cn.certsift.jobs.config.CertSiftProperties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The post table of {@code conf/posts.yml} as the generator uses it: which posts need a certificate,
 * which of the generator's certificate types qualify for each, and the synonyms employers write.
 * Checks on construction that every post the generator writes is in the table (and every post meant
 * to be unknown is not), so that a changed table fails loudly instead of planting a wrong truth.
 */
final class PostTable {

    private static final double SYNONYM_SHARE = 0.2;

    private final PostCatalog catalog;
    private final Map<String, List<String>> writtenAs = new HashMap<>();
    private final Map<String, List<CertificateType>> qualifying = new HashMap<>();
    private final Map<String, List<CertificateType>> notQualifying = new HashMap<>();

    PostTable(CertSiftProperties conf) {
        this.catalog = conf.postCatalog();
        for (Industry industry : Industry.values()) {
            for (String post : industry.posts()) {
                PostRequirement requirement = catalog.lookup(post).orElseThrow(() -> new IllegalStateException(
                        "conf/posts.yml: the post " + post + " that the generator writes for " + industry.label()
                                + " is not in the post table"));
                List<String> names = new ArrayList<>(List.of(post));
                if (requirement.post().equals(post)) {
                    names.addAll(requirement.synonyms());
                }
                writtenAs.put(post, names);
                qualifying.put(post, CertificateTypes.qualifyingFor(requirement));
                notQualifying.put(post, CertificateTypes.notQualifyingFor(requirement));
                if (requirement.needsCertificate() && qualifying.get(post).isEmpty()) {
                    throw new IllegalStateException("conf/posts.yml: no certificate the generator issues qualifies for "
                            + post + " (" + requirement.qualifying() + ")");
                }
            }
        }
        for (String post : Industry.UNKNOWN_POSTS) {
            if (catalog.lookup(post).isPresent()) {
                throw new IllegalStateException("conf/posts.yml: " + post
                        + " is in the post table, but the generator plants it as a post the table does not know");
            }
        }
    }

    boolean needsCertificate(String post) {
        return !qualifying.get(post).isEmpty();
    }

    List<CertificateType> qualifying(String post) {
        return qualifying.get(post);
    }

    List<CertificateType> notQualifying(String post) {
        return notQualifying.get(post);
    }

    boolean qualifies(String post, CertificateType type) {
        return qualifying.get(post).contains(type);
    }

    /** The post as an employer writes it: its name, or now and then one of its synonyms (posts the table does not know as they are). */
    String asWritten(String post, Dice dice) {
        List<String> names = writtenAs.getOrDefault(post, List.of(post));
        return names.size() > 1 && dice.chance(SYNONYM_SHARE) ? names.get(1 + dice.below(names.size() - 1)) : post;
    }
}
