package cn.certsift.common.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RobustBaselineTests {

    @Test
    void theMedianAndTheScaledMedianAbsoluteDeviationIgnoreOneExtremeValue() {
        RobustBaseline baseline = RobustBaseline.of(new double[] {1, 2, 3, 4, 1000}, 0.001);
        assertEquals(3.0, baseline.median());
        assertEquals(1.4826, baseline.spread(), 1e-9);
        assertEquals(2.0 / 1.4826, baseline.z(5), 1e-9);
    }

    @Test
    void whereMostValuesAreEqualTheSpreadIsTheFloor() {
        RobustBaseline baseline = RobustBaseline.of(new double[] {0, 0, 0, 0, 0.5}, 0.05);
        assertEquals(0.0, baseline.median());
        assertEquals(0.05, baseline.spread());
        assertEquals(10.0, baseline.z(0.5), 1e-9);
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddlePair() {
        assertEquals(2.5, RobustBaseline.of(new double[] {4, 1, 3, 2}, 0.1).median());
    }
}
