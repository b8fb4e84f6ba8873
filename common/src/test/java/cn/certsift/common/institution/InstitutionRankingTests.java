package cn.certsift.common.institution;

import static cn.certsift.common.institution.InstitutionSignal.DISTANT_TRAINEES;
import static cn.certsift.common.institution.InstitutionSignal.HOURS_SHORT;
import static cn.certsift.common.institution.InstitutionSignal.PASS_RATE_HIGH;
import static cn.certsift.common.institution.InstitutionSignal.SHARED_PHONES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InstitutionRankingTests {

    private final InstitutionRanking ranking = new InstitutionRanking(Settings.standard());

    @Test
    void anInstitutionWithTwoModerateSignalsOutranksOneWithNoiseOnly() {
        List<InstitutionMeasures> institutions = population(20);
        // Noise: every signal a little above the median, none far from it.
        institutions.add(institution("NOISY", Map.of(HOURS_SHORT, 0.08, PASS_RATE_HIGH, 0.90, DISTANT_TRAINEES, 0.22,
                SHARED_PHONES, 0.03)));
        // Two moderate signals: about five spreads above the median each, the rest normal.
        institutions.add(institution("TWO_MODERATE", Map.of(HOURS_SHORT, 0.25, PASS_RATE_HIGH, 0.86, DISTANT_TRAINEES, 0.45,
                SHARED_PHONES, 0.01)));

        List<RankedInstitution> ranked = ranking.rank(institutions);

        assertEquals("TWO_MODERATE", ranked.get(0).code(), () -> describe(ranked));
        RankedInstitution noisy = ranked.stream().filter(r -> r.code().equals("NOISY")).findFirst().orElseThrow();
        assertEquals(0.0, noisy.riskScore(), () -> describe(ranked));
        assertEquals(1, ranked.get(0).rank());
    }

    @Test
    void oneExtremeInstitutionDoesNotHideAModerateOne() {
        List<InstitutionMeasures> institutions = population(20);
        institutions.add(institution("EXTREME", Map.of(SHARED_PHONES, 1.0)));
        institutions.add(institution("MODERATE", Map.of(SHARED_PHONES, 0.15)));

        List<RankedInstitution> ranked = ranking.rank(institutions);

        assertEquals(List.of("EXTREME", "MODERATE"), ranked.subList(0, 2).stream().map(RankedInstitution::code).toList(),
                () -> describe(ranked));
        assertTrue(ranked.get(1).riskScore() > 0, () -> describe(ranked));
    }

    @Test
    void oneSignalAddsAtMostItsCapSoTwoStrongSignalsOutrankOneExtremeValue() {
        List<InstitutionMeasures> institutions = population(20);
        institutions.add(institution("ONE_EXTREME", Map.of(HOURS_SHORT, 1.0)));
        institutions.add(institution("TWO_STRONG", Map.of(HOURS_SHORT, 0.30, DISTANT_TRAINEES, 0.60)));

        List<RankedInstitution> ranked = ranking.rank(institutions);

        assertEquals(6.0, ranked.stream().filter(r -> r.code().equals("ONE_EXTREME")).findFirst().orElseThrow().riskScore(),
                () -> describe(ranked));
        assertEquals("TWO_STRONG", ranked.get(0).code(), () -> describe(ranked));
    }

    @Test
    void theEvidenceNamesTheThreeStrongestSignalsWithTheirValuesAndThePopulationMedian() {
        List<InstitutionMeasures> institutions = population(20);
        institutions.add(institution("SUSPECT", Map.of(HOURS_SHORT, 0.9, SHARED_PHONES, 0.1, DISTANT_TRAINEES, 0.4,
                PASS_RATE_HIGH, 0.93)));

        RankedInstitution suspect = ranking.rank(institutions).get(0);

        assertEquals("培训学时不足：90.0% 的班级学时不足同类别通常学时的一半（全体机构中位数 5.0%）；"
                + "异地学员集中：40.0% 的学员身份证归属地在机构所在省份以外（全体机构中位数 20.0%）；"
                + "学员共用联系电话：10.0% 的学员与多名他人共用同一联系电话（全体机构中位数 1.0%）", suspect.evidence());
    }

    @Test
    void anInstitutionWithinTheScatterSaysSoAndASignalNotMeasuredCountsForNothing() {
        List<InstitutionMeasures> institutions = population(20);
        institutions.add(institution("FEW_RECORDS", Map.of()));

        RankedInstitution fewRecords = ranking.rank(institutions).stream().filter(r -> r.code().equals("FEW_RECORDS"))
                .findFirst().orElseThrow();

        assertEquals(0.0, fewRecords.riskScore());
        assertEquals("各项信号均在全体机构的正常波动范围内", fewRecords.evidence());
    }

    @Test
    void equalScoresRankByCodeSoTheOrderIsTheSameEveryNight() {
        List<InstitutionMeasures> institutions = population(5);
        List<String> codes = ranking.rank(institutions).stream().map(RankedInstitution::code).toList();
        assertEquals(List.of("ORG00", "ORG01", "ORG02", "ORG03", "ORG04"), codes);
    }

    /** Institutions whose values scatter a little around 5% short hours, 88% passes, 20% distant trainees, 1% shared phones. */
    private static List<InstitutionMeasures> population(int size) {
        List<InstitutionMeasures> institutions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double wobble = (i % 5 - 2) * 0.01;
            institutions.add(institution(String.format("ORG%02d", i), Map.of(HOURS_SHORT, 0.05 + wobble,
                    PASS_RATE_HIGH, 0.88 + wobble, DISTANT_TRAINEES, 0.20 + wobble, SHARED_PHONES, 0.01)));
        }
        return institutions;
    }

    private static InstitutionMeasures institution(String code, Map<InstitutionSignal, Double> values) {
        return new InstitutionMeasures(code, code + "培训中心", values);
    }

    private static String describe(List<RankedInstitution> ranked) {
        StringBuilder text = new StringBuilder();
        ranked.forEach(r -> text.append(r.rank()).append(' ').append(r.code()).append(' ').append(r.riskScore()).append(' ')
                .append(r.evidence()).append('\n'));
        return text.toString();
    }
}
