package cn.certsift.common.finding;

import cn.certsift.common.cert.CertificateStatus;
import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.cert.PostRequirement;
import cn.certsift.common.finding.rules.CategoryMismatch;
import cn.certsift.common.finding.rules.CertExpired;
import cn.certsift.common.finding.rules.CertMultiEmployer;
import cn.certsift.common.finding.rules.CertNoTypo;
import cn.certsift.common.finding.rules.CertNotFound;
import cn.certsift.common.finding.rules.CertRevoked;
import cn.certsift.common.finding.rules.CertShared;
import cn.certsift.common.finding.rules.HolderMismatch;
import cn.certsift.common.finding.rules.InvalidId;
import cn.certsift.common.finding.rules.NoCert;
import cn.certsift.common.finding.rules.ReviewOverdue;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.roster.RosterEntry;
import cn.certsift.common.text.PersonNames;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one current roster row against the registries of all three departments: every rule of the
 * data contract in its order, plus the data-quality notes for the run summary.
 */
public final class RosterJudge implements Serializable {

    private final PostCatalog posts;
    private final PersonNames names;
    private final List<FindingRule> rules;

    public RosterJudge(PostCatalog posts, PersonNames names, int reviewWindowDays) {
        this.posts = posts;
        this.names = names;
        this.rules = rules(reviewWindowDays);
    }

    /** The rules in the contract's order. */
    public static List<FindingRule> rules(int reviewWindowDays) {
        return List.of(new CertNotFound(), new CertNoTypo(), new HolderMismatch(), new CertRevoked(), new CertExpired(),
                new ReviewOverdue(reviewWindowDays), new NoCert(), new CategoryMismatch(), new CertShared(),
                new CertMultiEmployer(), new InvalidId());
    }

    public record Judgement(List<Finding> findings, List<DataQualityNote> notes) {
    }

    public Judgement judge(RosterCase rosterCase, LocalDate runDate) {
        RosterAssessment assessment = new RosterAssessment(rosterCase, runDate, posts, names);
        RosterEntry entry = rosterCase.entry();
        List<Finding> findings = new ArrayList<>();
        for (FindingRule rule : rules) {
            rule.evaluate(assessment).ifPresent(raised -> findings.add(new Finding(
                    FindingIds.of(rule.code(), entry.employerUscc(), entry.idNo(), entry.certNo(),
                            rule.dependsOnPost() ? postKey(assessment) : null),
                    rule.code(), rule.chineseName(), rule.severity(), raised.evidence(),
                    raised.matched() == null ? null : raised.matched().department(),
                    raised.matched() == null ? null : raised.matched().certNo())));
        }
        return new Judgement(findings, notes(assessment));
    }

    private static String postKey(RosterAssessment assessment) {
        return assessment.post().map(PostRequirement::post).orElse(assessment.entry().post());
    }

    private List<DataQualityNote> notes(RosterAssessment a) {
        List<DataQualityNote> notes = new ArrayList<>();
        if (a.post().isEmpty()) {
            notes.add(new DataQualityNote(DataQualityNote.Kind.UNKNOWN_POST, a.entry().post()));
        }
        if (a.postNeedsCertificate() && !a.certificateRecorded() && a.holdsValidQualifying()) {
            notes.add(new DataQualityNote(DataQualityNote.Kind.CERTIFICATE_NOT_RECORDED, a.entry().post()));
        }
        Optional.ofNullable(a.relevant()).ifPresent(row -> {
            if (!a.identifiedByName() && !names.sameName(row.name(), a.entry().name())) {
                notes.add(new DataQualityNote(DataQualityNote.Kind.NAME_DIFFERS, row.department().name()));
            }
            if (row.statusValue() == CertificateStatus.OTHER) {
                notes.add(new DataQualityNote(DataQualityNote.Kind.UNKNOWN_STATUS, row.status()));
            }
        });
        return notes;
    }
}
