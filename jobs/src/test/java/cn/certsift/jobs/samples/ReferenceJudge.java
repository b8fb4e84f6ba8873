package cn.certsift.jobs.samples;

import static cn.certsift.common.source.SourceKind.ROSTER;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.cert.PostRequirement;
import cn.certsift.common.source.Department;
import cn.certsift.common.source.SourceKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges every roster row of a generated sample by the rules of the data contract (section 3) and the
 * team's interpretation, straight from the rows ingest accepts: a second derivation of the truth,
 * independent of what the generator meant to plant. Test code, written for clarity, not speed.
 */
final class ReferenceJudge {

    private static final Set<String> REVOKED = Set.of("注销", "吊销", "撤销");
    private static final String VALID = "有效";

    /** A registry row as judging needs it. */
    private record Held(Department department, String certNo, String name, String id, String kind, String category,
                        String operation, LocalDate validTo, LocalDate reviewDue, LocalDate reviewedOn, String status) {
    }

    private final LocalDate runDate;
    private final PostCatalog posts;
    private final Map<String, List<Held>> byNumber = new HashMap<>();
    private final Map<String, List<Held>> byHolder = new HashMap<>();

    ReferenceJudge(GeneratedInput input, PostCatalog posts, LocalDate runDate) {
        this.runDate = runDate;
        this.posts = posts;
        for (SourceKind kind : SourceKind.values()) {
            if (kind.isRegistry()) {
                for (GeneratedInput.Row row : input.rows(kind)) {
                    Held held = new Held(kind.department().orElseThrow(), (String) row.get(kind, "cert_no"),
                            (String) row.get(kind, "name"), (String) row.get(kind, "id_no"), (String) row.get(kind, "cert_kind"),
                            (String) row.get(kind, "category"), (String) row.get(kind, "operation"),
                            (LocalDate) row.get(kind, "valid_to"), (LocalDate) row.get(kind, "review_due"),
                            (LocalDate) row.get(kind, "reviewed_on"), (String) row.get(kind, "status"));
                    byNumber.computeIfAbsent(held.certNo(), n -> new ArrayList<>()).add(held);
                    byHolder.computeIfAbsent(held.id(), n -> new ArrayList<>()).add(held);
                }
            }
        }
    }

    /** Every finding the roster rows must raise, keyed as the evaluator compares them. */
    Set<FindingKey> judge(List<GeneratedInput.Row> roster) {
        List<GeneratedInput.Row> current = roster.stream().filter(this::isCurrent).toList();
        Map<String, Set<String>> idsByNumber = new HashMap<>();
        Map<String, Set<String>> employersByIdAndNumber = new HashMap<>();
        for (GeneratedInput.Row row : current) {
            String certNo = text(row, "cert_no");
            if (certNo != null) {
                idsByNumber.computeIfAbsent(certNo, n -> new HashSet<>()).add(text(row, "id_no"));
                employersByIdAndNumber.computeIfAbsent(text(row, "id_no") + "|" + certNo, n -> new HashSet<>())
                        .add(text(row, "employer_uscc"));
            }
        }
        Set<FindingKey> findings = new HashSet<>();
        for (GeneratedInput.Row row : current) {
            for (String code : codes(row, idsByNumber, employersByIdAndNumber)) {
                findings.add(FindingKey.of(code, text(row, "employer_uscc"), text(row, "id_no"), text(row, "cert_no")));
            }
        }
        return findings;
    }

    private List<String> codes(GeneratedInput.Row row, Map<String, Set<String>> idsByNumber,
                               Map<String, Set<String>> employersByIdAndNumber) {
        List<String> codes = new ArrayList<>();
        String id = text(row, "id_no");
        String certNo = text(row, "cert_no");
        boolean idValid = row.passed(ROSTER, "id_no");
        if (!idValid || !row.passed(ROSTER, "employer_uscc")) {
            codes.add("INVALID_ID");
        }
        Optional<PostRequirement> post = posts.lookup(text(row, "post"));
        boolean needsCertificate = post.isPresent() && post.get().needsCertificate();
        if (certNo == null) {
            if (needsCertificate && !holdsValidQualifying(id, post.get())) {
                codes.add("NO_CERT");
            }
            return codes;
        }
        List<Held> rows = byNumber.get(certNo);
        if (rows == null) {
            boolean typo = byHolder.getOrDefault(id, List.of()).stream()
                    .anyMatch(held -> CertificateFactory.oneSlipApart(held.certNo(), certNo));
            codes.add(typo ? "CERT_NO_TYPO" : "CERT_NOT_FOUND");
        } else {
            Held held = rows.get(0);
            boolean holder = held.id().equals(id) || !idValid && held.name().equals(text(row, "name"));
            if (!holder) {
                codes.add("HOLDER_MISMATCH");
            } else {
                boolean expired = held.validTo().isBefore(runDate);
                boolean valid = VALID.equals(held.status()) && !expired;
                if (REVOKED.contains(held.status())) {
                    codes.add("CERT_REVOKED");
                }
                if (expired) {
                    codes.add("CERT_EXPIRED");
                }
                if (valid && held.reviewDue() != null && held.reviewDue().isBefore(runDate) && (held.reviewedOn() == null
                        || held.reviewedOn().isBefore(held.reviewDue().minusDays(365)))) {
                    codes.add("REVIEW_OVERDUE");
                }
                if (needsCertificate && valid && rows.stream().noneMatch(r -> qualifies(post.get(), r))
                        && !holdsValidQualifying(held.id(), post.get())) {
                    codes.add("CATEGORY_MISMATCH");
                }
            }
        }
        if (idsByNumber.get(certNo).size() >= 2 && (rows == null || !rows.get(0).id().equals(id))) {
            codes.add("CERT_SHARED");
        }
        if (employersByIdAndNumber.get(id + "|" + certNo).size() >= 2) {
            codes.add("CERT_MULTI_EMPLOYER");
        }
        return codes;
    }

    private boolean holdsValidQualifying(String id, PostRequirement post) {
        return byHolder.getOrDefault(id, List.of()).stream()
                .anyMatch(held -> VALID.equals(held.status()) && !held.validTo().isBefore(runDate) && qualifies(post, held));
    }

    private static boolean qualifies(PostRequirement post, Held held) {
        return post.isQualifiedBy(held.department(), held.kind(), held.category(), held.operation());
    }

    private boolean isCurrent(GeneratedInput.Row row) {
        LocalDate leftOn = (LocalDate) row.get(ROSTER, "left_on");
        return leftOn == null || !leftOn.isBefore(runDate);
    }

    private static String text(GeneratedInput.Row row, String field) {
        return (String) row.get(ROSTER, field);
    }
}
