package cn.certsift.jobs.clues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueKind;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The screens of conf/clues.yml on the generated labelled set that `certsift clues-eval` prints. */
class ClueEvaluationTests {

    @Test
    void theLabelledSetIsTheSameForTheSameSeedAndBalanced() {
        List<LabelledClueSet.Example> once = new LabelledClueSet(7).generate(50);
        assertEquals(once, new LabelledClueSet(7).generate(50));
        assertTrue(!once.equals(new LabelledClueSet(8).generate(50)));
        for (ClueKind kind : ClueKind.values()) {
            assertEquals(50, once.stream().filter(e -> e.kind() == kind && e.positive()).count(), kind + " positives");
            assertEquals(50, once.stream().filter(e -> e.kind() == kind && !e.positive()).count(), kind + " negatives");
        }
    }

    @Test
    void theShippedSettingsKeepPrecisionHighAndFindMostClues() {
        Map<ClueKind, ClueEvaluation.Result> results = ClueEvaluation.evaluate(new LabelledClueSet(1).generate(500), ConfClues.screens());
        ClueEvaluation.Result sites = results.get(ClueKind.FAKE_SITE);
        ClueEvaluation.Result listings = results.get(ClueKind.ILLEGAL_LISTING);
        assertEquals(1000, sites.truePositives() + sites.falsePositives() + sites.falseNegatives() + sites.trueNegatives());
        assertTrue(sites.precision() >= 0.95 && sites.recall() >= 0.95, sites.toString());
        assertTrue(listings.precision() >= 0.9 && listings.recall() >= 0.75, listings.toString());
        assertTrue(listings.mistakes().stream().anyMatch(m -> m.startsWith("missed selling")),
                "wordings the keywords do not list are missed: the set measures recall, it does not assume it");
    }
}
