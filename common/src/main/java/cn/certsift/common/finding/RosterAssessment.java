package cn.certsift.common.finding;

import cn.certsift.common.cert.CertificateNumbers;
import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.cert.PostRequirement;
import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.roster.RosterEntry;
import cn.certsift.common.text.PersonNames;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The facts every rule needs about one roster row, worked out once: whether the recorded number is in
 * a registry and held by this person, which registry row is the relevant one, whether the number is a
 * typing error of one the person holds, and whether the person holds a valid certificate for the post.
 *
 * <p>The person is the holder when the ID numbers agree (the name may differ by a typing error or a
 * homophone). A roster ID that fails its check digit but whose name is the holder's name is the holder
 * with a mistyped ID.
 */
public final class RosterAssessment {

    private final RosterCase rosterCase;
    private final LocalDate runDate;
    private final Optional<PostRequirement> post;
    private final List<RegistryCertificate> holderRows;
    private final boolean identifiedByName;
    private final RegistryCertificate relevant;
    private final RegistryCertificate typoOf;
    private final String typoDifference;
    private final Comparator<RegistryCertificate> preference;

    RosterAssessment(RosterCase rosterCase, LocalDate runDate, PostCatalog posts, PersonNames names) {
        this.rosterCase = rosterCase;
        this.runDate = runDate;
        RosterEntry entry = rosterCase.entry();
        this.post = posts.lookup(entry.post());
        this.preference = preference();
        List<RegistryCertificate> byId = rosterCase.recorded().stream().filter(r -> r.idNo().equals(entry.idNo())).toList();
        if (byId.isEmpty() && !entry.idValid()) {
            this.holderRows = rosterCase.recorded().stream().filter(r -> names.sameName(r.name(), entry.name())).toList();
            this.identifiedByName = !holderRows.isEmpty();
        } else {
            this.holderRows = byId;
            this.identifiedByName = false;
        }
        this.relevant = holderRows.stream().min(preference).orElse(null);
        RegistryCertificate typo = null;
        if (entry.hasCertificateNumber() && rosterCase.recorded().isEmpty()) {
            typo = rosterCase.held().stream()
                    .filter(r -> CertificateNumbers.typingError(entry.certNo(), r.certNo()) != null)
                    .min(preference).orElse(null);
        }
        this.typoOf = typo;
        this.typoDifference = typo == null ? null : CertificateNumbers.typingError(entry.certNo(), typo.certNo());
    }

    /** Rows most relevant first: qualifying for the post, of the category the employer wrote, valid, longest valid. */
    private Comparator<RegistryCertificate> preference() {
        return Comparator.comparing((RegistryCertificate r) -> !qualifiesForPost(r))
                .thenComparing(r -> !r.category().equals(entry().certCategory()))
                .thenComparing(r -> !r.isValidOn(runDate))
                .thenComparing(RegistryCertificate::validTo, Comparator.reverseOrder())
                .thenComparing(RegistryCertificate::department)
                .thenComparing(RegistryCertificate::certNo)
                .thenComparing(RegistryCertificate::category);
    }

    public RosterEntry entry() {
        return rosterCase.entry();
    }

    public RosterCase rosterCase() {
        return rosterCase;
    }

    public LocalDate runDate() {
        return runDate;
    }

    /** The post's requirement, empty when conf/posts.yml does not know the post. */
    public Optional<PostRequirement> post() {
        return post;
    }

    public boolean postNeedsCertificate() {
        return post.map(PostRequirement::needsCertificate).orElse(false);
    }

    public boolean certificateRecorded() {
        return entry().hasCertificateNumber();
    }

    /** The recorded number exists in at least one registry. */
    public boolean numberRegistered() {
        return !rosterCase.recorded().isEmpty();
    }

    /** The recorded number is registered to this person. */
    public boolean holderMatches() {
        return !holderRows.isEmpty();
    }

    /** The holder was recognised by name because the roster's ID number fails its check. */
    public boolean identifiedByName() {
        return identifiedByName;
    }

    /** The registry row of the recorded certificate that the row is judged on, when the holder matches. */
    public RegistryCertificate relevant() {
        return relevant;
    }

    /** The registry row of someone else recorded under this number (the first, in a stable order). */
    public RegistryCertificate registeredRow() {
        return rosterCase.recorded().stream().min(Comparator.comparing(RegistryCertificate::department)
                .thenComparing(RegistryCertificate::category)).orElse(null);
    }

    public RegistryCertificate typoOf() {
        return typoOf;
    }

    public String typoDifference() {
        return typoDifference;
    }

    public boolean qualifiesForPost(RegistryCertificate row) {
        return post.map(p -> p.isQualifiedBy(row.department(), row.kind(), row.category(), row.operation())).orElse(false);
    }

    /** The person holds, in any registry, a certificate valid on the run date that qualifies for the post. */
    public boolean holdsValidQualifying() {
        return Stream.concat(rosterCase.held().stream(), holderRows.stream())
                .anyMatch(r -> r.isValidOn(runDate) && qualifiesForPost(r));
    }

    /** Everything held under the person's ID number, most relevant first, for evidence. */
    public List<RegistryCertificate> heldCertificates() {
        return rosterCase.held().stream().sorted(preference).toList();
    }
}
