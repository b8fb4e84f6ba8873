package cn.certsift.common.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FindingFactsTests {

    private static final String EXPIRED_ON_20 = "证书 T440305198501011231（应急管理部门 电工作业）有效期至 2026-11-01，截至 2026-11-20 已过期 19 天";
    private static final String EXPIRED_ON_21 = "证书 T440305198501011231（应急管理部门 电工作业）有效期至 2026-11-01，截至 2026-11-21 已过期 20 天";

    @Test
    void theAgeOfAnExpiryIsNotAFact() {
        assertEquals(FindingFacts.hash("CERT_EXPIRED", "T440305198501011231", "MEM", "T440305198501011231", EXPIRED_ON_20),
                FindingFacts.hash("CERT_EXPIRED", "T440305198501011231", "MEM", "T440305198501011231", EXPIRED_ON_21));
    }

    @Test
    void anotherRegistryFactIsAnotherFinding() {
        String before = FindingFacts.hash("CERT_EXPIRED", "T440305198501011231", "MEM", "T440305198501011231", EXPIRED_ON_20);
        assertNotEquals(before, FindingFacts.hash("CERT_EXPIRED", "T440305198501011231", "MEM", "T440305198501011231",
                EXPIRED_ON_20.replace("2026-11-01", "2026-10-01")), "a corrected validity date");
        assertNotEquals(before, FindingFacts.hash("CERT_EXPIRED", "T440305198501011231", "MOHURD", "T440305198501011231",
                EXPIRED_ON_20), "matched in another department");
        assertNotEquals(before, FindingFacts.hash("CERT_REVOKED", "T440305198501011231", "MEM", "T440305198501011231",
                EXPIRED_ON_20), "another code");
        assertNotEquals(FindingFacts.hash("NO_CERT", null, null, null, "x"), FindingFacts.hash("NO_CERT", "", null, "x", ""),
                "fields do not run into each other");
    }
}
