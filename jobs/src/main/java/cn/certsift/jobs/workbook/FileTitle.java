package cn.certsift.jobs.workbook;

import java.time.LocalDate;

/**
 * What a printed page says about the file it comes from: the footer of every page names the file's
 * title and date (the run date of a nightly output, the day a report was made).
 */
public record FileTitle(String title, LocalDate date) {

    public FileTitle {
        if (title == null || title.isBlank() || date == null) {
            throw new IllegalArgumentException("a workbook needs a title and a date for its footer, got '" + title + "', " + date);
        }
    }
}
