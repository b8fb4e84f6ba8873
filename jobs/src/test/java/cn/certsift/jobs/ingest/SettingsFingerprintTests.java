package cn.certsift.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.SourceKind;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsFingerprintTests {

    private static final HeaderDictionary SYNONYMS = new HeaderDictionary(Map.of("cert_no", List.of("证号")), Map.of());

    @Test
    void theSameSettingsGiveTheSameFingerprint() {
        String fingerprint = SettingsFingerprint.of(SourceKind.REGISTRY_MEM, SYNONYMS, 20);
        assertEquals(fingerprint, SettingsFingerprint.of(SourceKind.REGISTRY_MEM,
                new HeaderDictionary(Map.of("cert_no", List.of("证号")), Map.of()), 20));
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
    }

    @Test
    void anotherSynonymOfTheSourceChangesIt() {
        HeaderDictionary more = new HeaderDictionary(Map.of("cert_no", List.of("证号", "证书号码")), Map.of());
        assertNotEquals(SettingsFingerprint.of(SourceKind.REGISTRY_MEM, SYNONYMS, 20),
                SettingsFingerprint.of(SourceKind.REGISTRY_MEM, more, 20));
    }

    @Test
    void aSynonymOfAnotherSourceOnlyLeavesItAlone() {
        HeaderDictionary rosterOnly = new HeaderDictionary(Map.of("cert_no", List.of("证号")),
                Map.of(SourceKind.ROSTER, Map.of("post", List.of("工种"))));
        assertEquals(SettingsFingerprint.of(SourceKind.REGISTRY_MEM, SYNONYMS, 20),
                SettingsFingerprint.of(SourceKind.REGISTRY_MEM, rosterOnly, 20));
        assertNotEquals(SettingsFingerprint.of(SourceKind.ROSTER, SYNONYMS, 20),
                SettingsFingerprint.of(SourceKind.ROSTER, rosterOnly, 20));
    }

    @Test
    void theHeaderSearchRowsAndTheSourceChangeIt() {
        String fingerprint = SettingsFingerprint.of(SourceKind.REGISTRY_MEM, SYNONYMS, 20);
        assertNotEquals(fingerprint, SettingsFingerprint.of(SourceKind.REGISTRY_MEM, SYNONYMS, 21));
        assertNotEquals(fingerprint, SettingsFingerprint.of(SourceKind.REGISTRY_SAMR, SYNONYMS, 20), "the same columns, another source");
    }
}
