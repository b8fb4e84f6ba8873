package cn.certsift.common.clue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClueScoreTests {

    private static ClueHit hit(String rule, double weight, double strength) {
        return new ClueHit(rule, weight, strength, rule + "的理由");
    }

    @Test
    void independentSignalsCompoundButNeverExceedOne() {
        assertEquals(0.0, ClueScore.combine(List.of()));
        assertEquals(0.85, ClueScore.combine(List.of(hit("甲", 0.85, 1))));
        assertEquals(0.83, ClueScore.combine(List.of(hit("甲", 0.7, 1), hit("乙", 0.6, 0.5), hit("丙", 0.2, 1))),
                "1 − (1 − 0.7)(1 − 0.3)(1 − 0.2) = 0.832");
        assertEquals(1.0, ClueScore.combine(List.of(hit("甲", 1, 1), hit("乙", 0.9, 1))));
    }

    @Test
    void twoWeakSignalsStayBelowTheThresholdThatOneStrongOneReaches() {
        assertEquals(0.44, ClueScore.combine(List.of(hit("可查", 0.3, 1), hit("标价", 0.2, 1))));
        assertEquals(0.6, ClueScore.combine(List.of(hit("包过", 0.6, 1))));
    }

    @Test
    void theExplanationNamesEveryRuleWithWhatItWeighed() {
        String explained = ClueScore.explain(List.of(hit("改动分隔符", 0.85, 1), hit("仿冒路径", 0.7, 0.5)), 0.6);
        assertEquals("评分 0.90（阈值 0.60）：①改动分隔符：改动分隔符的理由（0.85）；②仿冒路径：仿冒路径的理由（0.70×0.50）", explained);
    }
}
