package cn.certsift.common.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InstitutionSettingsTests {

    @Test
    void aSignalWithoutAWeightIsNamedInTheError() {
        InstitutionSettings standard = Settings.standard();
        Map<InstitutionSignal, InstitutionSettings.SignalWeight> signals = new EnumMap<>(standard.signals());
        signals.remove(InstitutionSignal.SHARED_PHONES);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new InstitutionSettings(standard.measures(), standard.scoring(), signals));
        assertEquals("conf/institutions.yml: certsift.institutions.signals.shared-phones is missing: every signal needs a "
                + "weight and a min-spread", error.getMessage());
    }

    @Test
    void aSpreadOfZeroIsRefused() {
        InstitutionSettings standard = Settings.standard();
        Map<InstitutionSignal, InstitutionSettings.SignalWeight> signals = new EnumMap<>(standard.signals());
        signals.put(InstitutionSignal.HOURS_SHORT, new InstitutionSettings.SignalWeight(1, 0));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new InstitutionSettings(standard.measures(), standard.scoring(), signals));
        assertEquals("conf/institutions.yml: certsift.institutions.signals.hours-short: weight must be 0 or more and "
                + "min-spread above 0, was SignalWeight[weight=1.0, minSpread=0.0]", error.getMessage());
    }
}
