package cn.certsift.common.cert;

import cn.certsift.common.source.Department;

import java.io.Serializable;
import java.util.List;

/** A job post, the other names employers write for it, and the certificates that qualify for it. */
public record PostRequirement(String post, List<String> synonyms, List<QualifyingCertificate> qualifying)
        implements Serializable {

    public PostRequirement {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        qualifying = qualifying == null ? List.of() : List.copyOf(qualifying);
    }

    public boolean needsCertificate() {
        return !qualifying.isEmpty();
    }

    public boolean isQualifiedBy(Department department, String kind, String category,
                                 String operation) {
        return qualifying.stream().anyMatch(q -> q.qualifies(department, kind, category, operation));
    }
}
