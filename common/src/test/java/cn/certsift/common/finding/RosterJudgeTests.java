package cn.certsift.common.finding;

import static cn.certsift.common.finding.RosterCases.EMPLOYER;
import static cn.certsift.common.finding.RosterCases.LI_ID;
import static cn.certsift.common.finding.RosterCases.POSTS;
import static cn.certsift.common.finding.RosterCases.RUN_DATE;
import static cn.certsift.common.finding.RosterCases.WANG_ID;
import static cn.certsift.common.finding.RosterCases.certificate;
import static cn.certsift.common.finding.RosterCases.id;
import static cn.certsift.common.finding.RosterCases.mem;
import static cn.certsift.common.finding.RosterCases.wangWei;
import static cn.certsift.common.finding.RosterCases.withReview;
import static cn.certsift.common.finding.RosterCases.withValidity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.source.Department;
import cn.certsift.common.text.PersonNames;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterJudgeTests {

    private static final String WANG_CERT = "T" + WANG_ID;
    private static final RegistryCertificate WANG_ELECTRICIAN = mem(WANG_CERT, "王伟", WANG_ID, "电工作业");

    private final RosterJudge judge = new RosterJudge(POSTS, new PersonNames(1, 3), 365);

    private RosterJudge.Judgement judge(RosterCase rosterCase) {
        return judge.judge(rosterCase, RUN_DATE);
    }

    private Set<String> codes(RosterCase rosterCase) {
        return judge(rosterCase).findings().stream().map(Finding::code).collect(Collectors.toSet());
    }

    private Finding only(RosterCase rosterCase) {
        List<Finding> findings = judge(rosterCase).findings();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void aWorkerWithTheirOwnValidQualifyingCertificateRaisesNothing() {
        RosterJudge.Judgement judgement = judge(wangWei("电工", WANG_CERT).registry(WANG_ELECTRICIAN).build());
        assertEquals(List.of(), judgement.findings());
        assertEquals(List.of(), judgement.notes());
    }

    @Nested
    class NumberNotInAnyRegistry {

        @Test
        void aNumberNoRegistryHoldsIsCertNotFound() {
            Finding finding = only(wangWei("电工", "T440703198001011234").build());
            assertEquals("CERT_NOT_FOUND", finding.code());
            assertEquals(Severity.HIGH, finding.severity());
            assertTrue(finding.evidence().contains("T440703198001011234"), finding.evidence());
            assertTrue(finding.evidence().contains("没有任何证书"), finding.evidence());
        }

        @ParameterizedTest(name = "{0} is a typing error of the worker''s own number")
        @ValueSource(strings = {"T11010519491231003X", "T11010519491231020X", "1T1010519491231002X"})
        void oneSubstitutionOrNeighbourSwapOfTheirOwnNumberIsCertNoTypo(String typed) {
            Finding finding = only(wangWei("电工", typed).registry(WANG_ELECTRICIAN).build());
            assertEquals("CERT_NO_TYPO", finding.code());
            assertEquals(Severity.LOW, finding.severity());
            assertEquals(WANG_CERT, finding.matchedCertNo());
            assertEquals(Department.MEM, finding.matchedDepartment());
        }

        @Test
        void twoErrorsAreNotATypingError() {
            assertEquals(Set.of("CERT_NOT_FOUND"), codes(wangWei("电工", "T11010519491231013X").registry(WANG_ELECTRICIAN).build()));
        }

        @Test
        void closeToSomeoneElsesNumberIsStillNotFound() {
            RegistryCertificate li = mem("T" + LI_ID, "李强", LI_ID, "电工作业");
            String typed = "T" + LI_ID.substring(0, 10) + (LI_ID.charAt(10) == '9' ? '0' : '9') + LI_ID.substring(11);
            assertEquals(Set.of("CERT_NOT_FOUND"), codes(wangWei("电工", typed).registry(li).build()));
        }
    }

    @Nested
    class Holder {

        @Test
        void aNumberRegisteredToAnotherIdIsHolderMismatch() {
            RegistryCertificate li = mem("T" + LI_ID, "李强", LI_ID, "电工作业");
            Finding finding = only(wangWei("电工", "T" + LI_ID).registry(li).build());
            assertEquals("HOLDER_MISMATCH", finding.code());
            assertEquals("证书编号 T" + LI_ID + " 在应急管理部门证书库中登记的持证人为 李强（身份证号 440703********" + LI_ID.substring(14)
                    + "），与花名册人员 王伟（身份证号 110105********002X）不符", finding.evidence());
        }

        @Test
        void aNamesakeWithAnotherValidIdIsHolderMismatch() {
            RegistryCertificate otherWang = mem("T" + LI_ID, "王伟", LI_ID, "电工作业");
            assertEquals(Set.of("HOLDER_MISMATCH"), codes(wangWei("电工", "T" + LI_ID).registry(otherWang).build()));
        }

        @ParameterizedTest(name = "registry name {0}")
        @ValueSource(strings = {"王玮", "王卫", " 王 伟 ", "汪伟"})
        void withTheSameIdANameDifferingByAHomophoneIsTheSamePerson(String registryName) {
            RegistryCertificate row = mem(WANG_CERT, registryName, WANG_ID, "电工作业");
            RosterJudge.Judgement judgement = judge(wangWei("电工", WANG_CERT).registry(row).build());
            assertEquals(List.of(), judgement.findings());
            assertEquals(List.of(), judgement.notes(), "a homophone is not even a data-quality note");
        }

        @Test
        void withTheSameIdADifferentNameIsOnlyADataQualityNote() {
            RegistryCertificate row = mem(WANG_CERT, "赵敏", WANG_ID, "电工作业");
            RosterJudge.Judgement judgement = judge(wangWei("电工", WANG_CERT).registry(row).build());
            assertEquals(List.of(), judgement.findings());
            assertEquals(DataQualityNote.Kind.NAME_DIFFERS, judgement.notes().get(0).kind());
        }

        @Test
        void anInvalidIdWithTheHoldersNameIsAMistypedIdNotAMismatch() {
            String mistyped = "110105194912310021";
            Finding finding = only(wangWei("电工", WANG_CERT).person("王伟", mistyped, false).registry(WANG_ELECTRICIAN).build());
            assertEquals("INVALID_ID", finding.code());
            assertTrue(finding.evidence().contains("应为身份证号录入错误"), finding.evidence());
            assertEquals(WANG_CERT, finding.matchedCertNo());
        }

        @Test
        void theMistypedHoldersCertificateIsStillJudged() {
            RegistryCertificate expired = withValidity(WANG_ELECTRICIAN, RUN_DATE.minusDays(3), "有效");
            assertEquals(Set.of("INVALID_ID", "CERT_EXPIRED"),
                    codes(wangWei("电工", WANG_CERT).person("王伟", "110105194912310021", false).registry(expired).build()));
        }

        @Test
        void anInvalidIdWithAnotherNameIsBothInvalidAndAMismatch() {
            assertEquals(Set.of("INVALID_ID", "HOLDER_MISMATCH"),
                    codes(wangWei("电工", WANG_CERT).person("赵敏", "110105194912310021", false).registry(WANG_ELECTRICIAN).build()));
        }
    }

    @Nested
    class CertificateState {

        @ParameterizedTest(name = "status {0}")
        @ValueSource(strings = {"注销", "吊销", "撤销"})
        void revocationsAreCertRevoked(String status) {
            Finding finding = only(wangWei("电工", WANG_CERT).registry(withValidity(WANG_ELECTRICIAN, RUN_DATE.plusYears(1), status)).build());
            assertEquals("CERT_REVOKED", finding.code());
            assertTrue(finding.evidence().contains("“" + status + "”"), finding.evidence());
        }

        @Test
        void aCertificateValidToTheDayBeforeTheRunDateHasExpired() {
            Finding finding = only(wangWei("电工", WANG_CERT).registry(withValidity(WANG_ELECTRICIAN, RUN_DATE.minusDays(1), "有效")).build());
            assertEquals("CERT_EXPIRED", finding.code());
            assertEquals(Severity.MEDIUM, finding.severity());
            assertTrue(finding.evidence().contains("有效期至 2026-11-19，截至 2026-11-20 已过期 1 天"), finding.evidence());
        }

        @Test
        void aCertificateValidToTheRunDateIsStillValid() {
            assertEquals(Set.of(), codes(wangWei("电工", WANG_CERT).registry(withValidity(WANG_ELECTRICIAN, RUN_DATE, "有效")).build()));
        }

        @Test
        void statusExpiredIsExpiredWhateverTheDates() {
            assertEquals(Set.of("CERT_EXPIRED"),
                    codes(wangWei("电工", WANG_CERT).registry(withValidity(WANG_ELECTRICIAN, RUN_DATE.plusYears(1), "过期")).build()));
        }

        @Test
        void aPassedReviewDateWithoutAReviewIsReviewOverdue() {
            Finding finding = only(wangWei("电工", WANG_CERT).registry(withReview(WANG_ELECTRICIAN, RUN_DATE.minusDays(10), null)).build());
            assertEquals("REVIEW_OVERDUE", finding.code());
            assertTrue(finding.evidence().contains("没有复审记录"), finding.evidence());
        }

        @Test
        void aReviewWithinAYearBeforeTheDueDateCountsForTheCycle() {
            assertEquals(Set.of(), codes(wangWei("电工", WANG_CERT)
                    .registry(withReview(WANG_ELECTRICIAN, RUN_DATE.minusDays(10), RUN_DATE.minusDays(10).minusDays(365))).build()));
        }

        @Test
        void aReviewOfAnEarlierCycleDoesNotCount() {
            assertEquals(Set.of("REVIEW_OVERDUE"), codes(wangWei("电工", WANG_CERT)
                    .registry(withReview(WANG_ELECTRICIAN, RUN_DATE.minusDays(10), RUN_DATE.minusDays(10).minusDays(366))).build()));
        }

        @Test
        void anExpiredCertificateIsNotAlsoReviewOverdue() {
            RegistryCertificate row = withReview(withValidity(WANG_ELECTRICIAN, RUN_DATE.minusDays(5), "有效"), RUN_DATE.minusYears(1), null);
            assertEquals(Set.of("CERT_EXPIRED"), codes(wangWei("电工", WANG_CERT).registry(row).build()));
        }
    }

    @Nested
    class PostRequirements {

        @Test
        void aPostNeedingACertificateWithNoneRecordedAndNoneHeldIsNoCert() {
            Finding finding = only(wangWei("电工", null).build());
            assertEquals("NO_CERT", finding.code());
            assertTrue(finding.evidence().contains("应急管理部门 电工作业 或 住房城乡建设部门 建筑电工"), finding.evidence());
        }

        @Test
        void holdingOnlyAnExpiredQualifyingCertificateIsNoCert() {
            RegistryCertificate expired = withValidity(WANG_ELECTRICIAN, RUN_DATE.minusDays(1), "有效");
            Finding finding = only(wangWei("电工", null).registry(expired).build());
            assertEquals("NO_CERT", finding.code());
            assertTrue(finding.evidence().contains("名下仅有：" + WANG_CERT), finding.evidence());
        }

        @Test
        void aBlankCertificateWithAValidQualifyingOneHeldIsOnlyANote() {
            RosterJudge.Judgement judgement = judge(wangWei("电工", null).registry(WANG_ELECTRICIAN).build());
            assertEquals(List.of(), judgement.findings());
            assertEquals(List.of(new DataQualityNote(DataQualityNote.Kind.CERTIFICATE_NOT_RECORDED, "电工")), judgement.notes());
        }

        @Test
        void aPostNeedingNoCertificateRaisesNothing() {
            assertEquals(Set.of(), codes(wangWei("普工", null).build()));
        }

        @Test
        void anUnknownPostRaisesNoFindingButANote() {
            RosterJudge.Judgement judgement = judge(wangWei("无人机飞手", null).build());
            assertEquals(List.of(), judgement.findings());
            assertEquals(List.of(new DataQualityNote(DataQualityNote.Kind.UNKNOWN_POST, "无人机飞手")), judgement.notes());
        }

        @Test
        void aValidCertificateOfTheWrongCategoryIsCategoryMismatch() {
            Finding finding = only(wangWei("焊工", WANG_CERT).registry(WANG_ELECTRICIAN).build());
            assertEquals("CATEGORY_MISMATCH", finding.code());
            assertTrue(finding.evidence().contains("作业类别为“电工作业”，岗位“焊工”须持 应急管理部门 焊接与热切割作业 证书"), finding.evidence());
        }

        @Test
        void anotherValidQualifyingCertificateHeldAvoidsCategoryMismatch() {
            RegistryCertificate welding = certificate(Department.MEM, "A" + WANG_ID, "王伟", WANG_ID, "焊接与热切割作业", null);
            assertEquals(Set.of(), codes(wangWei("焊工", WANG_CERT).registry(WANG_ELECTRICIAN, welding).build()));
        }

        @Test
        void anExpiredCertificateOfTheWrongCategoryIsOnlyExpired() {
            assertEquals(Set.of("CERT_EXPIRED"), codes(wangWei("焊工", WANG_CERT)
                    .registry(withValidity(WANG_ELECTRICIAN, RUN_DATE.minusDays(1), "有效")).build()));
        }

        @Test
        void aNumberCoveringSeveralCategoriesIsJudgedOnTheOneForThePost() {
            RegistryCertificate weldingExpired = withValidity(mem(WANG_CERT, "王伟", WANG_ID, "焊接与热切割作业"), RUN_DATE.minusDays(2), "有效");
            assertEquals(Set.of(), codes(wangWei("电工", WANG_CERT).registry(WANG_ELECTRICIAN, weldingExpired).build()));
            assertEquals(Set.of("CERT_EXPIRED"), codes(wangWei("焊工", WANG_CERT).registry(WANG_ELECTRICIAN, weldingExpired).build()));
        }
    }

    @Nested
    class AcrossDepartments {

        @Test
        void aConstructionElectricianCertificateQualifiesAnElectrician() {
            String mohurd = "粤B042019000123";
            RegistryCertificate construction = certificate(Department.MOHURD, mohurd, "王伟", WANG_ID, "建筑电工", null);
            assertEquals(Set.of(), codes(wangWei("电工", mohurd).registry(construction).build()));
        }

        @Test
        void aWorkAtHeightCertificateQualifiesAScaffolder() {
            RegistryCertificate height = mem(WANG_CERT, "王伟", WANG_ID, "高处作业");
            assertEquals(Set.of(), codes(wangWei("架子工", WANG_CERT).registry(height).build()));
        }

        @Test
        void samrRowsQualifyByTheirItemCode() {
            RegistryCertificate forklift = certificate(Department.SAMR, WANG_ID, "王伟", WANG_ID, "场(厂)内专用机动车辆作业", "N1");
            assertEquals(Set.of(), codes(wangWei("叉车司机", WANG_ID).registry(forklift).build()));
        }

        @Test
        void mohurdRowsQualifyByCategoryAndOperationTogether() {
            String mohurd = "粤B012019000456";
            RegistryCertificate tower = certificate(Department.MOHURD, mohurd, "王伟", WANG_ID, "建筑起重机械司机", "塔式起重机");
            RegistryCertificate hoist = certificate(Department.MOHURD, mohurd, "王伟", WANG_ID, "建筑起重机械司机", "施工升降机");
            assertEquals(Set.of(), codes(wangWei("塔吊司机", mohurd).registry(tower).build()));
            assertEquals(Set.of("CATEGORY_MISMATCH"), codes(wangWei("塔吊司机", mohurd).registry(hoist).build()));
        }

        @Test
        void aPostQualifiedOnlyByAnotherDepartmentsCertificateHeldIsNotAMismatch() {
            RegistryCertificate height = mem("T" + WANG_ID, "王伟", WANG_ID, "高处作业");
            RegistryCertificate scaffold = certificate(Department.MOHURD, "粤B032019000789", "王伟", WANG_ID, "建筑架子工", null);
            assertEquals(Set.of(), codes(wangWei("架子工", "T" + WANG_ID).registry(height, scaffold).build()));
        }
    }

    @Nested
    class SharedAndMultiEmployer {

        @Test
        void aNumberUsedByAnotherPersonIsSharedAndAMismatchOnTheirRow() {
            RegistryCertificate li = mem("T" + LI_ID, "李强", LI_ID, "电工作业");
            RosterCase borrower = wangWei("电工", "T" + LI_ID).registry(li).sharedBy(2).build();
            assertEquals(Set.of("CERT_SHARED", "HOLDER_MISMATCH"), codes(borrower));
        }

        @Test
        void theRegistryHoldersOwnRowIsNotShared() {
            assertEquals(Set.of(), codes(wangWei("电工", WANG_CERT).registry(WANG_ELECTRICIAN).sharedBy(3).build()));
        }

        @Test
        void aSharedNumberNoRegistryHoldsIsSharedOnEveryRow() {
            Finding shared = judge(wangWei("电工", "T440703198001011234").sharedBy(2).build()).findings().stream()
                    .filter(f -> f.code().equals("CERT_SHARED")).findFirst().orElseThrow();
            assertTrue(shared.evidence().contains("各部门证书库中均无此编号"), shared.evidence());
            assertEquals(Set.of("CERT_SHARED", "CERT_NOT_FOUND"), codes(wangWei("电工", "T440703198001011234").sharedBy(2).build()));
        }

        @Test
        void theSamePersonAndCertificateAtTwoEmployersIsMultiEmployer() {
            Finding finding = only(wangWei("电工", WANG_CERT).registry(WANG_ELECTRICIAN).alsoAt("华强电气安装有限公司").build());
            assertEquals("CERT_MULTI_EMPLOYER", finding.code());
            assertTrue(finding.evidence().contains("同时登记在 2 家单位的花名册中：深圳市腾达建筑有限公司、华强电气安装有限公司"), finding.evidence());
        }
    }

    @Nested
    class IdentityChecks {

        @Test
        void anIdFailingItsCheckDigitIsInvalidId() {
            Finding finding = only(wangWei("普工", null).person("王伟", "110105194912310021", false).build());
            assertEquals("INVALID_ID", finding.code());
            assertTrue(finding.evidence().contains("校验码错误（应为X）"), finding.evidence());
            assertFalse(finding.evidence().contains("110105194912310021"), "evidence masks the ID: " + finding.evidence());
        }

        @Test
        void anEmployerCreditCodeFailingItsCheckIsInvalidIdToo() {
            Finding finding = only(wangWei("普工", null).employerCreditCode("914403001922038217", false).build());
            assertEquals("INVALID_ID", finding.code());
            assertTrue(finding.evidence().contains("统一社会信用代码 914403001922038217 校验不通过"), finding.evidence());
        }
    }

    @Nested
    class FindingIdentity {

        @Test
        void theSameFindingGetsTheSameIdEveryNight() {
            RosterCase rosterCase = wangWei("电工", "T440703198001011234").build();
            assertEquals(only(rosterCase).findingId(), new RosterJudge(POSTS, new PersonNames(1, 3), 365)
                    .judge(rosterCase, RUN_DATE.plusDays(1)).findings().get(0).findingId());
        }

        @Test
        void differentPeopleCodesAndEmployersGetDifferentIds() {
            String notFound = only(wangWei("电工", "T440703198001011234").build()).findingId();
            assertNotEquals(notFound, only(wangWei("电工", "T440703198001011235").build()).findingId());
            assertNotEquals(notFound, only(wangWei("电工", "T440703198001011234").employerCreditCode(EMPLOYER.replace('X', 'Y'), true)
                    .build()).findingId());
            assertNotEquals(only(wangWei("电工", null).build()).findingId(), only(wangWei("焊工", null).build()).findingId(),
                    "a post-dependent finding for another post is another finding");
            assertTrue(notFound.matches("F[0-9A-F]{20}"), notFound);
        }

        @Test
        void anotherPersonsIdIsAnotherFinding() {
            assertNotEquals(only(wangWei("电工", null).build()).findingId(),
                    only(wangWei("电工", null).person("李强", id("11010519800101123"), true).build()).findingId());
        }
    }
}
