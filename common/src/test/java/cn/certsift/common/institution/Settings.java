package cn.certsift.common.institution;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Institution settings for tests: every signal weighs 1 with a spread floor of 0.02, noise up to z 2, cap at z 8. */
final class Settings {

    private Settings() {
    }

    static InstitutionSettings standard() {
        Map<InstitutionSignal, InstitutionSettings.SignalWeight> signals = new EnumMap<>(InstitutionSignal.class);
        for (InstitutionSignal signal : InstitutionSignal.values()) {
            signals.put(signal, new InstitutionSettings.SignalWeight(1.0, 0.02));
        }
        return new InstitutionSettings(new InstitutionSettings.Measures(0.5, 8, 2, 3, 36, 3, 10, 20, 6, 10,
                List.of("HOLDER_MISMATCH", "CERT_SHARED")), new InstitutionSettings.Scoring(2, 8), signals);
    }
}
