package cn.certsift.jobs.cases.feedback;

import java.util.List;

/**
 * One row of a filled-in 问题清单 as read back, cells as text: where it is (file, sheet, row number) and
 * the finding id with the six columns inspectors fill in.
 */
record FeedbackRow(String file, String sheet, long line, String findingId, String result, String measure, String fine,
                   String inspector, String date, String remarks) {

    /** Nothing filled in yet: the finding has not been verified. */
    boolean unfilled() {
        return List.of(result, measure, fine, inspector, date, remarks).stream().allMatch(String::isEmpty);
    }

    String place() {
        return file + " " + sheet + " 第" + line + "行";
    }
}
