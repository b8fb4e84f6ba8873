package cn.certsift.jobs.clues;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.clue.ClueScreens;
import cn.certsift.common.clue.Screening;
import cn.certsift.common.clue.listing.Listing;
import cn.certsift.common.text.Normalize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Precision and recall of the clue screens on a labelled set: an example is flagged when its score
 * reaches the threshold, as in the nightly run. Values are normalised as ingestion would normalise them.
 */
public final class ClueEvaluation {

    /** The counts of one kind, with the examples screened wrongly. */
    public record Result(ClueKind kind, long truePositives, long falsePositives, long falseNegatives, long trueNegatives,
                         List<String> mistakes) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private ClueEvaluation() {
    }

    public static Map<ClueKind, Result> evaluate(List<LabelledClueSet.Example> examples, ClueScreens screens) {
        Map<ClueKind, long[]> counts = new EnumMap<>(ClueKind.class);
        Map<ClueKind, List<String>> mistakes = new EnumMap<>(ClueKind.class);
        for (ClueKind kind : ClueKind.values()) {
            counts.put(kind, new long[4]);
            mistakes.put(kind, new ArrayList<>());
        }
        for (LabelledClueSet.Example example : examples) {
            Optional<Screening> screening = screen(example, screens);
            boolean flagged = screening.map(s -> s.reaches(screens.threshold())).orElse(false);
            long[] n = counts.get(example.kind());
            n[(example.positive() ? 0 : 2) + (flagged == example.positive() ? 0 : 1)]++;
            if (flagged != example.positive()) {
                mistakes.get(example.kind()).add((example.positive() ? "missed " : "flagged ") + example.family() + ": "
                        + (example.address() != null ? example.address() : example.listing().title() + " | " + example.listing().body())
                        + screening.map(s -> " (score " + s.score() + ")").orElse(""));
            }
        }
        Map<ClueKind, Result> results = new EnumMap<>(ClueKind.class);
        counts.forEach((kind, n) -> results.put(kind, new Result(kind, n[0], n[3], n[1], n[2], mistakes.get(kind))));
        return results;
    }

    private static Optional<Screening> screen(LabelledClueSet.Example example, ClueScreens screens) {
        if (example.kind() == ClueKind.FAKE_SITE) {
            return screens.sites().screen(Normalize.text(example.address()));
        }
        Listing listing = example.listing();
        return Optional.of(screens.listings().screen(new Listing(Normalize.text(listing.link()),
                Normalize.text(listing.platform()), Normalize.prose(listing.title()), Normalize.prose(listing.body()),
                Normalize.prose(listing.seller()), Normalize.prose(listing.contact()))));
    }
}
