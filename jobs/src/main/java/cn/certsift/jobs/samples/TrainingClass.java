package cn.certsift.jobs.samples;

import java.time.LocalDate;

/** One class of an institution for one certificate type: its number, dates, hours and exam. */
record TrainingClass(String id, LocalDate start, LocalDate end, LocalDate exam, int hours, String site) {
}
