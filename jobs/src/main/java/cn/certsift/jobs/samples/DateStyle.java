package cn.certsift.jobs.samples;

import java.time.LocalDate;

/** The ways people write a date in a text cell (data contract, section 2). */
enum DateStyle {
    ISO, SLASH, DOT, COMPACT, CHINESE;

    String format(LocalDate date) {
        return switch (this) {
            case ISO -> date.toString();
            case SLASH -> date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
            case DOT -> String.format("%d.%02d.%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            case COMPACT -> String.format("%d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            case CHINESE -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        };
    }
}
