package cn.certsift.jobs.matching;

import static cn.certsift.jobs.spark.DatasetAssertions.assertColumnValues;
import static cn.certsift.jobs.spark.Values.values;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.cert.PostRequirement;
import cn.certsift.common.cert.QualifyingCertificate;
import cn.certsift.common.finding.RosterJudge;
import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.Department;
import cn.certsift.common.source.SourceKind;
import cn.certsift.common.text.PersonNames;
import cn.certsift.jobs.spark.SparkExtension;
import cn.certsift.jobs.spark.StagedRows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class RosterMatchingTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);
    private static final String WANG = "11010519491231002X";
    private static final String LI = id("44070319850305123");
    private static final String ZHAO = id("44030519900101456");
    private static final String TENGDA = "9144030071526726XG";
    private static final String HUAQIANG = "914403001922038216";

    private static final RosterJudge JUDGE = new RosterJudge(new PostCatalog(List.of(
            new PostRequirement("电工", List.of(), List.of(new QualifyingCertificate(Department.MEM, null, List.of("电工作业")),
                    new QualifyingCertificate(Department.MOHURD, null, List.of("建筑电工")))),
            new PostRequirement("叉车司机", List.of(), List.of(new QualifyingCertificate(Department.SAMR, null, List.of("N1")))))),
            new PersonNames(1, 3), 365);

    private final SparkSession spark;

    RosterMatchingTests(SparkSession spark) {
        this.spark = spark;
    }

    private static String id(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static Map<String, Object> certificate(String certNo, String name, String idNo, String category, String operation) {
        return values("cert_no", certNo, "name", name, "id_no", idNo, "cert_kind", "特种作业操作证", "category", category,
                "operation", operation, "valid_from", RUN_DATE.minusYears(1), "valid_to", RUN_DATE.plusYears(3), "status", "有效");
    }

    private static Map<String, Object> roster(String uscc, String name, String idNo, String post, String certNo) {
        return values("employer_uscc", uscc, "employer_name", uscc.equals(TENGDA) ? "腾达建筑" : "华强电气", "district", "南山区",
                "name", name, "id_no", idNo, "post", post, "cert_no", certNo);
    }

    private List<Dataset<Row>> certificates() {
        return RegistryCertificates.departments(
                StagedRows.of(spark, SourceKind.REGISTRY_MEM, certificate("T" + WANG, "王伟", WANG, "电工作业", "低压电工作业"),
                        certificate("T" + LI, "李强", LI, "电工作业", null)),
                StagedRows.of(spark, SourceKind.REGISTRY_MOHURD, certificate("粤B042019000123", "赵敏", ZHAO, "建筑电工", null)),
                StagedRows.of(spark, SourceKind.REGISTRY_SAMR, certificate(ZHAO, "赵敏", ZHAO, "场(厂)内专用机动车辆作业", "N1")));
    }

    private Dataset<Row> findings(Dataset<Row> roster) {
        return findings(roster, true);
    }

    private Dataset<Row> findings(Dataset<Row> roster, boolean broadcastRosterKeys) {
        return RosterMatching.judgements(certificates(), roster, JUDGE, RUN_DATE, broadcastRosterKeys)
                .filter(col("record_type").equalTo(JudgementColumns.FINDING));
    }

    @Test
    void eachRosterRowIsJudgedAgainstAllThreeRegistries() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER,
                roster(TENGDA, "王伟", WANG, "电工", "T" + WANG),
                roster(TENGDA, "赵敏", ZHAO, "电工", "粤B042019000123"),
                roster(HUAQIANG, "赵敏", ZHAO, "叉车司机", ZHAO),
                roster(TENGDA, "陈刚", id("11010519800101123"), "电工", "T440703198001011234"));
        assertColumnValues(findings(roster), "finding_code", List.of("CERT_NOT_FOUND"));
    }

    @Test
    void peopleWhoLeftBeforeTheRunDateRaiseNothingButLeavingOnTheRunDateIsStillCurrent() {
        Map<String, Object> left = roster(TENGDA, "陈刚", id("11010519800101123"), "电工", null);
        left.put("left_on", RUN_DATE.minusDays(1));
        Map<String, Object> leavingToday = roster(TENGDA, "周杰", id("11010519810101123"), "电工", null);
        leavingToday.put("left_on", RUN_DATE);
        Dataset<Row> found = findings(StagedRows.of(spark, SourceKind.ROSTER, left, leavingToday));
        assertColumnValues(found, "name", List.of("周杰"));
        assertColumnValues(found, "finding_code", List.of("NO_CERT"));
    }

    @Test
    void aNumberBorrowedByAnotherPersonIsSharedOnTheBorrowersRowOnly() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER,
                roster(TENGDA, "李强", LI, "电工", "T" + LI),
                roster(HUAQIANG, "王伟", WANG, "电工", "T" + LI));
        Dataset<Row> found = findings(roster);
        assertColumnValues(found, "finding_code", List.of("CERT_SHARED", "HOLDER_MISMATCH"));
        assertColumnValues(found.select("name").distinct(), "name", List.of("王伟"));
        Row shared = found.filter(col("finding_code").equalTo("CERT_SHARED")).first();
        assertEquals("证书编号 T" + LI + " 同时登记在 2 名不同人员名下（华强电气、腾达建筑）；应急管理部门证书库登记的持证人为 李强（身份证号 "
                + ResidentIdNumber.mask(LI) + "）", shared.getAs("evidence"));
        assertEquals("MEM", shared.getAs("matched_department"));
    }

    @Test
    void theSamePersonAndCertificateAtTwoEmployersIsFlaggedOnBothRows() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER,
                roster(TENGDA, "王伟", WANG, "电工", "T" + WANG),
                roster(HUAQIANG, "王伟", WANG, "电工", "t" + WANG.toLowerCase().substring(0, 17) + "X"),
                roster(HUAQIANG, "王伟", WANG, "电工", "T" + WANG));
        Dataset<Row> found = findings(roster.withColumn("cert_no", org.apache.spark.sql.functions.upper(col("cert_no"))));
        assertColumnValues(found, "finding_code", List.of("CERT_MULTI_EMPLOYER", "CERT_MULTI_EMPLOYER", "CERT_MULTI_EMPLOYER"));
        assertColumnValues(found.select("employer_uscc").distinct(), "employer_uscc", List.of(TENGDA, HUAQIANG));
    }

    @Test
    void aTypingErrorIsFoundByBlockingOnThePersonsOwnCertificates() {
        String typo = "T" + WANG.substring(0, 5) + "2" + WANG.substring(6);
        Dataset<Row> found = findings(StagedRows.of(spark, SourceKind.ROSTER, roster(TENGDA, "王伟", WANG, "电工", typo)));
        assertColumnValues(found, "finding_code", List.of("CERT_NO_TYPO"));
        assertColumnValues(found, "matched_cert_no", List.of("T" + WANG));
    }

    @Test
    void aRosterTooLargeToBroadcastIsJoinedByShufflingWithTheSameFindings() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER,
                roster(TENGDA, "李强", LI, "电工", "T" + LI),
                roster(HUAQIANG, "王伟", WANG, "电工", "T" + LI),
                roster(TENGDA, "王伟", WANG, "电工", "T" + WANG.substring(0, 5) + "2" + WANG.substring(6)),
                roster(TENGDA, "陈刚", id("11010519800101123"), "电工", null));
        List<Row> broadcast = findings(roster, true).orderBy("finding_id").collectAsList();
        List<Row> shuffled = findings(roster, false).orderBy("finding_id").collectAsList();
        assertEquals(4, broadcast.size(), "mismatch and shared, typo, no certificate");
        assertEquals(broadcast, shuffled);
    }

    @Test
    void dataQualityNotesCarryNoPersonalData() {
        Dataset<Row> notes = RosterMatching.judgements(certificates(),
                        StagedRows.of(spark, SourceKind.ROSTER, roster(TENGDA, "王伟", WANG, "无人机飞手", null)), JUDGE, RUN_DATE,
                        true)
                .filter(col("record_type").equalTo(JudgementColumns.NOTE));
        Row note = notes.first();
        assertEquals("UNKNOWN_POST", note.getAs("note_kind"));
        assertEquals("无人机飞手", note.getAs("note_detail"));
        assertTrue(note.isNullAt(note.fieldIndex("name")), "no name in a note");
        assertTrue(note.isNullAt(note.fieldIndex("id_no")), "no ID number in a note");
    }
}
