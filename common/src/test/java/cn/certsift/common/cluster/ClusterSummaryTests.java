package cn.certsift.common.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClusterSummaryTests {

    @Test
    void oneLineNamesTheCountsTheInstitutionAndTheLinksInTheirOrder() {
        ClusterSummary summary = new ClusterSummary("C1A2B3C4D5E", 5, 2, List.of("江门市信达技工学校"), 1,
                Map.of(ClusterLink.SHARED_PHONE, 2L, ClusterLink.SAME_CERT_NO, 3L));
        assertEquals("线索簇 C1A2B3C4D5E：5 条问题记录，涉及 2 家用人单位、1 家培训机构（江门市信达技工学校）、共用电话 1 个；"
                + "关联：同一证书编号×3，学员共用电话×2", summary.sentence());
    }

    @Test
    void withoutInstitutionsOrPhonesThoseAreLeftOutAndManyInstitutionsAreCut() {
        assertEquals("线索簇 C0：2 条问题记录，涉及 1 家用人单位；关联：伪造编号同一模式×1",
                new ClusterSummary("C0", 2, 1, List.of(), 0, Map.of(ClusterLink.FAKE_NUMBER_PATTERN, 1L)).sentence());
        assertTrue(new ClusterSummary("C0", 4, 1, List.of("甲学校", "乙学校", "丙学校"), 0, Map.of(ClusterLink.EMPLOYER_ORG, 3L))
                .sentence().contains("3 家培训机构（甲学校、乙学校等）"));
    }

    @Test
    void linksDescribeWhatTheyAreAboutAndHowManyFindingsTheyJoin() {
        assertEquals("学员共用电话 13812345678×4", ClusterLink.SHARED_PHONE.describe("13812345678", 4));
        assertEquals(ClusterLink.EMPLOYER_ORG, ClusterLink.ofCode("EMPLOYER_ORG"));
        assertThrows(IllegalArgumentException.class, () -> ClusterLink.ofCode("SAME_NAME"));
    }

    @Test
    void clusterIdsAreTheHashOfTheSmallestFindingIdAndFailWithoutOne() {
        assertEquals(ClusterIds.of("F00A1"), ClusterIds.of("F00A1"));
        assertNotEquals(ClusterIds.of("F00A1"), ClusterIds.of("F00A2"));
        assertTrue(ClusterIds.of("F00A1").matches("C[0-9A-F]{10}"), ClusterIds.of("F00A1"));
        assertThrows(IllegalArgumentException.class, () -> ClusterIds.of(null));
    }

    @Test
    void settingsRefuseValuesThatCannotWorkAndSayWhich() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClusterSettings(List.of("CERT_NOT_FOUND"), 3, 2, 1, 0, 40));
        assertEquals("certsift.clusters.max-entries-per-link must be at least 2, was 1", e.getMessage());
        assertEquals(3, ClusterSettings.defaults().minTraineesPerPhone());
    }
}
