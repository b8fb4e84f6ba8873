package cn.certsift.common.finding;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.cert.PostRequirement;
import cn.certsift.common.cert.QualifyingCertificate;
import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.roster.RosterEntry;
import cn.certsift.common.source.Department;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small builders for roster cases: one worker, the registry rows around them, and the run date. */
final class RosterCases {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);
    static final String WANG_ID = "11010519491231002X";
    static final String LI_ID = id("44070319850305123");
    static final String EMPLOYER = "9144030071526726XG";

    static final PostCatalog POSTS = new PostCatalog(List.of(
            new PostRequirement("电工", List.of("维修电工"), List.of(
                    new QualifyingCertificate(Department.MEM, null, List.of("电工作业")),
                    new QualifyingCertificate(Department.MOHURD, null, List.of("建筑电工")))),
            new PostRequirement("焊工", List.of(), List.of(new QualifyingCertificate(Department.MEM, null, List.of("焊接与热切割作业")))),
            new PostRequirement("架子工", List.of(), List.of(
                    new QualifyingCertificate(Department.MOHURD, null, List.of("建筑架子工")),
                    new QualifyingCertificate(Department.MEM, null, List.of("高处作业")))),
            new PostRequirement("叉车司机", List.of(), List.of(new QualifyingCertificate(Department.SAMR, null, List.of("叉车司机", "N1")))),
            new PostRequirement("塔吊司机", List.of(), List.of(
                    new QualifyingCertificate(Department.MOHURD, null, List.of("建筑起重机械司机(塔式起重机)")))),
            new PostRequirement("普工", List.of(), List.of())));

    private RosterCases() {
    }

    static String id(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static RegistryCertificate mem(String certNo, String name, String idNo, String category) {
        return certificate(Department.MEM, certNo, name, idNo, category, null);
    }

    static RegistryCertificate certificate(Department department, String certNo, String name, String idNo, String category,
                                           String operation) {
        return new RegistryCertificate(department, certNo, name, idNo, "特种作业操作证", category, operation,
                RUN_DATE.minusYears(2), RUN_DATE.plusYears(4), RUN_DATE.plusYears(1), null, "有效", null, null);
    }

    static RegistryCertificate withValidity(RegistryCertificate c, LocalDate validTo, String status) {
        return new RegistryCertificate(c.department(), c.certNo(), c.name(), c.idNo(), c.kind(), c.category(), c.operation(),
                c.validFrom(), validTo, c.reviewDue(), c.reviewedOn(), status, c.trainingOrgCode(), c.trainingOrg());
    }

    static RegistryCertificate withReview(RegistryCertificate c, LocalDate reviewDue, LocalDate reviewedOn) {
        return new RegistryCertificate(c.department(), c.certNo(), c.name(), c.idNo(), c.kind(), c.category(), c.operation(),
                c.validFrom(), c.validTo(), reviewDue, reviewedOn, c.status(), c.trainingOrgCode(), c.trainingOrg());
    }

    /** A roster row for 王伟 with the standard's example ID at one employer. */
    static Builder wangWei(String post, String certNo) {
        return new Builder(new RosterEntry(EMPLOYER, true, "深圳市腾达建筑有限公司", "南山区", "王伟", WANG_ID, true, post, certNo,
                null, null));
    }

    static final class Builder {
        private RosterEntry entry;
        private final List<RegistryCertificate> registry = new ArrayList<>();
        private int personsSharing = 1;
        private List<String> employersOfPerson = List.of("深圳市腾达建筑有限公司");

        Builder(RosterEntry entry) {
            this.entry = entry;
        }

        Builder registry(RegistryCertificate... rows) {
            registry.addAll(List.of(rows));
            return this;
        }

        Builder person(String name, String idNo, boolean idValid) {
            entry = new RosterEntry(entry.employerUscc(), entry.employerUsccValid(), entry.employerName(), entry.district(),
                    name, idNo, idValid, entry.post(), entry.certNo(), entry.certCategory(), entry.leftOn());
            return this;
        }

        Builder employerCreditCode(String uscc, boolean valid) {
            entry = new RosterEntry(uscc, valid, entry.employerName(), entry.district(), entry.name(), entry.idNo(),
                    entry.idValid(), entry.post(), entry.certNo(), entry.certCategory(), entry.leftOn());
            return this;
        }

        Builder sharedBy(int persons) {
            personsSharing = persons;
            return this;
        }

        Builder alsoAt(String... employers) {
            List<String> all = new ArrayList<>(employersOfPerson);
            all.addAll(List.of(employers));
            employersOfPerson = all;
            return this;
        }

        /** The case as the Spark stage gathers it: rows under the recorded number and rows under the person's ID. */
        RosterCase build() {
            List<RegistryCertificate> recorded = registry.stream().filter(r -> r.certNo().equals(entry.certNo())).toList();
            List<RegistryCertificate> held = registry.stream().filter(r -> r.idNo().equals(entry.idNo())).toList();
            List<String> employers = entry.hasCertificateNumber() ? employersOfPerson : List.of();
            return new RosterCase(entry, recorded, held, personsSharing, List.of("深圳市腾达建筑有限公司", "另一家公司"),
                    employers.size(), employers);
        }
    }
}
