package cn.certsift.jobs.clusters;

import static cn.certsift.jobs.spark.DatasetAssertions.assertColumnValues;
import static cn.certsift.jobs.spark.DatasetAssertions.assertRowsByKey;
import static cn.certsift.jobs.spark.Values.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.cluster.ClusterIds;
import cn.certsift.common.cluster.ClusterSettings;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.matching.RegistryCertificates;
import cn.certsift.jobs.spark.SparkExtension;
import cn.certsift.jobs.spark.StagedRows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class SupplyChainClustersTests {

    private static final String ID = ClusterColumns.CLUSTER_ID;
    private static final String FID = ClusterColumns.FINDING_ID;
    private static final String MEMBER_A = "440703199001011234";
    private static final String MEMBER_B = "440703199202023456";
    private static final String MEMBER_C = "440781198803035678";
    private static final String MEMBER_D = "440705198504047890";

    private final SparkSession spark;

    SupplyChainClustersTests(SparkSession spark) {
        this.spark = spark;
    }

    @Test
    void rosterRowsSharingACertificateNumberAreOneClusterAndUnrelatedFindingsStayApart() {
        TracedClusters traced = trace(findings(
                finding("F3", "CERT_SHARED", "蓬江区", "E1", MEMBER_A, "T440703197001011111", null),
                finding("F1", "CERT_SHARED", "江海区", "E2", MEMBER_B, "T440703197001011111", null),
                finding("F2", "CERT_MULTI_EMPLOYER", "新会区", "E3", MEMBER_C, "T440703197001011111", "T440703197001011111"),
                finding("F4", "CERT_NOT_FOUND", "新会区", "E3", MEMBER_D, "T440705198504047890", null)),
                training(), registry(), ClusterSettings.defaults());
        assertOneCluster(traced, List.of("F1", "F2", "F3"), "size", 3L, "finding_codes", "CERT_SHARED×2；CERT_MULTI_EMPLOYER×1",
                "finding_ids", "F1；F2；F3", "links", "同一证书编号 T440703197001011111×3",
                "employers", "单位E1（E1）；单位E2（E2）；单位E3（E3）", "phone_numbers", "", "institutions", "",
                "summary", "线索簇 " + ClusterIds.of("F1") + "：3 条问题记录，涉及 3 家用人单位；关联：同一证书编号×1");
    }

    @Test
    void forgedNumbersFromOneSerialBlockNoRegistryUsesAreOneCluster() {
        TracedClusters traced = trace(findings(
                finding("F1", "CERT_NOT_FOUND", "蓬江区", "E1", MEMBER_A, "粤J012019990123", null),
                finding("F2", "CERT_NOT_FOUND", "江海区", "E2", MEMBER_B, "粤J012019990150", null),
                finding("F3", "CERT_NOT_FOUND", "江海区", "E2", MEMBER_C, "粤J012019000123", null),
                finding("F4", "CERT_NOT_FOUND", "新会区", "E3", MEMBER_D, "粤J012019000456", null)),
                training(), registry(values("cert_no", "粤J012019000777", "training_org_code", "ORGX")), ClusterSettings.defaults());
        assertOneCluster(traced, List.of("F1", "F2"), "links", "伪造编号同一模式 粤J012019990###×2");
    }

    @Test
    void aPatternWithNoMoreDistinctRegistryNumbersThanAllowedStillLinks() {
        Map<String, Object> registered = values("cert_no", "粤J012019000777", "training_org_code", "ORGX");
        ClusterSettings oneAllowed = new ClusterSettings(ClusterSettings.defaults().findingCodes(), 3, 2, 30, 1, 40);
        TracedClusters traced = trace(findings(
                finding("F1", "CERT_NOT_FOUND", "蓬江区", "E1", MEMBER_A, "粤J012019990123", null),
                finding("F2", "CERT_NOT_FOUND", "江海区", "E2", MEMBER_B, "粤J012019990150", null),
                finding("F3", "CERT_NOT_FOUND", "江海区", "E2", MEMBER_C, "粤J012019000123", null),
                finding("F4", "CERT_NOT_FOUND", "新会区", "E3", MEMBER_D, "粤J012019000456", null)),
                training(), registry(registered, registered), oneAllowed);
        assertColumnValues(traced.clusters().orderBy(ClusterColumns.order()), "size", List.of(2L, 2L));
    }

    @Test
    void trainingPhonesSharedByEnoughTraineesLinkAndPhonesOfTwoDoNot() {
        TracedClusters traced = trace(findings(
                finding("F1", "HOLDER_MISMATCH", "蓬江区", "E1", MEMBER_A, "T1", "T1"),
                finding("F2", "HOLDER_MISMATCH", "江海区", "E2", MEMBER_B, "T2", "T2"),
                finding("F3", "HOLDER_MISMATCH", "江海区", "E3", MEMBER_C, "T3", "T3"),
                finding("F4", "HOLDER_MISMATCH", "新会区", "E4", MEMBER_D, "T4", "T4")),
                training(trainee(MEMBER_A, "ORG1", null, "13800000001", null),
                        trainee(MEMBER_B, "ORG2", null, "13800000001", null),
                        trainee("440703200001010000", "ORG3", null, "13800000001", null),
                        trainee(MEMBER_C, "ORG4", null, "13900000002", null),
                        trainee(MEMBER_D, "ORG5", null, "13900000002", null)),
                registry(), ClusterSettings.defaults());
        assertOneCluster(traced, List.of("F1", "F2"), "phone_numbers", "13800000001", "links", "学员共用电话 13800000001×2");
    }

    @Test
    void certificatesTrainedByOneInstitutionAndExaminedAtOneSiteAreOneCluster() {
        TracedClusters traced = trace(findings(
                finding("F1", "HOLDER_MISMATCH", "蓬江区", "E1", MEMBER_A, "T9001", "T9001"),
                finding("F2", "CERT_SHARED", "江海区", "E2", MEMBER_B, "T9002", null),
                finding("F3", "HOLDER_MISMATCH", "新会区", "E3", MEMBER_C, "T9003", "T9003")),
                training(trainee("440781196001010001", "ORG1", "考点A", null, "T9001"),
                        trainee("440781196001010002", "ORG1", "考点A", null, "T9002"),
                        trainee("440781196001010003", "ORG1", "考点B", null, "T9003")),
                registry(), ClusterSettings.defaults());
        assertOneCluster(traced, List.of("F1", "F2"), "institutions", "机构ORG1（ORG1）",
                "links", "同一培训机构和考点 机构ORG1（考点：考点A）×2");
    }

    @Test
    void anEmployerHiringSeveralFlaggedPeopleFromOneInstitutionIsOneCluster() {
        TracedClusters traced = trace(findings(
                finding("F1", "HOLDER_MISMATCH", "蓬江区", "E1", MEMBER_A, "T8001", "T8001"),
                finding("F2", "HOLDER_MISMATCH", "蓬江区", "E1", MEMBER_B, "T8002", "T8002"),
                finding("F3", "HOLDER_MISMATCH", "江海区", "E2", MEMBER_C, "T8003", "T8003")),
                training(), registry(values("cert_no", "T8001", "training_org_code", "ORG2", "training_org", "乙学校"),
                        values("cert_no", "T8002", "training_org_code", "ORG2", "training_org", "乙学校"),
                        values("cert_no", "T8003", "training_org_code", "ORG2", "training_org", "乙学校")),
                ClusterSettings.defaults());
        assertOneCluster(traced, List.of("F1", "F2"), "institutions", "乙学校（ORG2）",
                "links", "同一单位聘用同一机构多名问题人员 单位E1—乙学校×2",
                "summary", "线索簇 " + ClusterIds.of("F1") + "：2 条问题记录，涉及 1 家用人单位、1 家培训机构（乙学校）；"
                        + "关联：同一单位聘用同一机构多名问题人员×1");
    }

    @Test
    void oneRosterRowWithTwoFindingsOrAFindingThatDoesNotTakePartIsNoCluster() {
        TracedClusters traced = trace(findings(
                finding("F1", "HOLDER_MISMATCH", "蓬江区", "E1", MEMBER_A, "T7001", "T7001"),
                finding("F2", "CERT_SHARED", "蓬江区", "E1", MEMBER_A, "T7001", "T7001"),
                finding("F3", "CERT_EXPIRED", "江海区", "E2", MEMBER_B, "T7001", "T7001")),
                training(), registry(), ClusterSettings.defaults());
        assertRowsByKey(traced.membership(), FID, List.of());
        assertRowsByKey(traced.clusters(), ID, List.of());
    }

    @Test
    void aHubReachedByMoreEntriesThanAllowedLinksOnlyWithinEachDistrict() {
        Dataset<Row> findings = findings(
                finding("F1", "HOLDER_MISMATCH", "蓬江区", "E1", MEMBER_A, "T6001", "T6001"),
                finding("F2", "HOLDER_MISMATCH", "蓬江区", "E2", MEMBER_B, "T6002", "T6002"),
                finding("F3", "HOLDER_MISMATCH", "新会区", "E3", MEMBER_C, "T6003", "T6003"),
                finding("F4", "HOLDER_MISMATCH", "新会区", "E4", MEMBER_D, "T6004", "T6004"));
        Dataset<Row> training = training(trainee(MEMBER_A, "ORG1", "考点A", null, null), trainee(MEMBER_B, "ORG1", "考点A", null, null),
                trainee(MEMBER_C, "ORG1", "考点A", null, null), trainee(MEMBER_D, "ORG1", "考点A", null, null));
        assertColumnValues(trace(findings, training, registry(), ClusterSettings.defaults()).clusters(), "size", List.of(4L));
        TracedClusters split = trace(findings, training, registry(),
                new ClusterSettings(ClusterSettings.defaults().findingCodes(), 3, 2, 3, 0, 40));
        assertRowsByKey(split.membership(), FID, List.of(values(FID, "F1", ID, ClusterIds.of("F1")),
                values(FID, "F2", ID, ClusterIds.of("F1")), values(FID, "F3", ID, ClusterIds.of("F3")),
                values(FID, "F4", ID, ClusterIds.of("F3"))));
        assertColumnValues(ClusterColumns.forCsv(split.clusters()), "links",
                List.of("同一培训机构和考点 机构ORG1（考点：考点A）（蓬江区）×2", "同一培训机构和考点 机构ORG1（考点：考点A）（新会区）×2"));
    }

    @Test
    void clusterIdsAndRowsDoNotDependOnTheOrderOfTheInput() {
        List<Row> rows = List.of(
                finding("F5", "CERT_SHARED", "蓬江区", "E1", MEMBER_A, "T5001", null),
                finding("F2", "CERT_SHARED", "江海区", "E2", MEMBER_B, "T5001", null),
                finding("F9", "HOLDER_MISMATCH", "新会区", "E3", MEMBER_C, "T5009", "T5009"),
                finding("F7", "HOLDER_MISMATCH", "新会区", "E4", MEMBER_D, "T5008", "T5008"));
        List<Map<String, Object>> trainees = List.of(trainee(MEMBER_B, "ORG1", null, "13700000007", null),
                trainee(MEMBER_C, "ORG2", null, "13700000007", null), trainee(MEMBER_D, "ORG3", null, "13700000007", null));
        List<Row> forward = trace(findings(rows.toArray(Row[]::new)), training(trainees), registry(), ClusterSettings.defaults())
                .clusters().orderBy(ClusterColumns.order()).collectAsList();
        List<Row> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        List<Map<String, Object>> reversedTrainees = new ArrayList<>(trainees);
        Collections.reverse(reversedTrainees);
        List<Row> backward = trace(findings(reversed.toArray(Row[]::new)), training(reversedTrainees), registry(),
                ClusterSettings.defaults()).clusters().orderBy(ClusterColumns.order()).collectAsList();
        assertEquals(forward.toString(), backward.toString());
        assertEquals(ClusterIds.of("F2"), forward.get(0).getAs(ID));
        assertEquals(4L, forward.get(0).<Long>getAs("size"));
    }

    /** The findings form exactly one cluster, named after the first (the smallest id), whose CSV row has these values. */
    private static void assertOneCluster(TracedClusters traced, List<String> findingIds, Object... csvValues) {
        String cluster = ClusterIds.of(findingIds.get(0));
        assertRowsByKey(traced.membership(), FID, findingIds.stream()
                .map(id -> (Map<String, Object>) values(FID, id, ID, cluster)).toList());
        Map<String, Object> expected = values(csvValues);
        expected.put(ID, cluster);
        assertRowsByKey(ClusterColumns.forCsv(traced.clusters()), ID, List.of(expected));
    }

    private TracedClusters trace(Dataset<Row> findings, Dataset<Row> training, Dataset<Row> registry, ClusterSettings settings) {
        Dataset<Row> none = StagedRows.of(spark, SourceKind.REGISTRY_SAMR);
        return SupplyChainClusters.trace(findings, training, RegistryCertificates.union(registry,
                StagedRows.of(spark, SourceKind.REGISTRY_MOHURD), none), settings);
    }

    private static Row finding(String id, String code, String district, String employer, String idNo, String certNo,
                               String matchedCertNo) {
        return RowFactory.create(id, LocalDate.of(2026, 11, 20), code, "high", district, employer, "单位" + employer, "某人", idNo,
                "电工", certNo, matchedCertNo == null ? null : "MEM", matchedCertNo, "证据");
    }

    private Dataset<Row> findings(Row... rows) {
        StructType schema = new StructType().add("finding_id", DataTypes.StringType).add("run_date", DataTypes.DateType);
        for (String column : List.of("finding_code", "severity", "district", "employer_uscc", "employer_name", "name", "id_no",
                "post", "cert_no", "matched_department", "matched_cert_no", "evidence")) {
            schema = schema.add(column, DataTypes.StringType);
        }
        return spark.createDataFrame(List.of(rows), schema);
    }

    private static Map<String, Object> trainee(String idNo, String orgCode, String examSite, String phone, String certNo) {
        return values("training_org_code", orgCode, "training_org", "机构" + orgCode, "id_no", idNo, "exam_site", examSite,
                "phone", phone, "cert_no", certNo, "class_id", "K1", "name", "学员");
    }

    @SafeVarargs
    private Dataset<Row> training(Map<String, Object>... trainees) {
        return StagedRows.of(spark, SourceKind.TRAINING, trainees);
    }

    private Dataset<Row> training(List<Map<String, Object>> trainees) {
        return training(trainees.<Map<String, Object>>toArray(Map[]::new));
    }

    @SafeVarargs
    private Dataset<Row> registry(Map<String, Object>... certificates) {
        return StagedRows.of(spark, SourceKind.REGISTRY_MEM, certificates);
    }
}
