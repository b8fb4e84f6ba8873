package cn.certsift.jobs.cases;

import java.time.LocalDate;

/** The case a feedback row is about: its district, facts, first export date and latest verification (or null). */
public record FeedbackTarget(String findingId, String district, String factsHash, LocalDate exportedOn, Verification latest) {

    FeedbackTarget withLatest(Verification verification) {
        return new FeedbackTarget(findingId, district, factsHash, exportedOn, verification);
    }
}
