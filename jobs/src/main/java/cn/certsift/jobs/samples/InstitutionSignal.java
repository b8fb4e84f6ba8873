package cn.certsift.jobs.samples;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a suspicious training institution is planted with, as {@code planted-institutions.csv} lists it. */
enum InstitutionSignal {
    /** Classes claim far fewer hours than the category's norm. */
    HOURS_SHORT,
    /** Classes claim more hours than their days can hold (a full course in two or three days). */
    HOURS_OVERFULL,
    /** The exam is held one or two days after the class starts. */
    EXAM_TOO_SOON,
    /** Everyone passes, with identical or nearly identical scores. */
    UNIFORM_SCORES,
    /** Registry certificates name the institution, but most have no training record behind them. */
    MISSING_RECORDS,
    /** One month's volume far above the institution's own history. */
    VOLUME_SPIKE,
    /** Far more trainees whose ID numbers were issued far from the institution than elsewhere. */
    DISTANT_TRAINEES,
    /** Many trainees give one of a few phone numbers. */
    SHARED_PHONES;

    /**
     * The combinations planted, each consistent in itself: an exam two days after enrolment leaves no time
     * for the hours a class claims, so EXAM_TOO_SOON comes with HOURS_OVERFULL.
     */
    static final List<Set<InstitutionSignal>> COMBINATIONS = List.of(
            EnumSet.of(EXAM_TOO_SOON, HOURS_OVERFULL),
            EnumSet.of(UNIFORM_SCORES, SHARED_PHONES),
            EnumSet.of(MISSING_RECORDS, VOLUME_SPIKE),
            EnumSet.of(DISTANT_TRAINEES, HOURS_SHORT),
            EnumSet.of(HOURS_SHORT),
            EnumSet.of(HOURS_OVERFULL),
            EnumSet.of(UNIFORM_SCORES),
            EnumSet.of(MISSING_RECORDS),
            EnumSet.of(VOLUME_SPIKE),
            EnumSet.of(DISTANT_TRAINEES),
            EnumSet.of(SHARED_PHONES));
}
