package cn.certsift.jobs.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** A reporting period, first and last day included: a month (2026-11) or a quarter (2026-Q4). */
public record ReportPeriod(LocalDate start, LocalDate end, String label) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), month.getYear() + "年" + month.getMonthValue() + "月");
    }

    /** {@code 2026-Q4}; anything else fails with the value and the expected form. */
    public static ReportPeriod quarter(String text) {
        Matcher m = QUARTER.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("季度应写作 YYYY-Qn，如 2026-Q4 / a quarter is YYYY-Qn, e.g. 2026-Q4: '" + text + "'");
        }
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    static ReportPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(), year + "年第" + quarter + "季度");
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    /** The months of the period, in order. */
    List<ReportPeriod> months() {
        YearMonth first = YearMonth.from(start);
        int count = (int) first.until(YearMonth.from(end), ChronoUnit.MONTHS) + 1;
        return IntStream.range(0, count).mapToObj(i -> month(first.plusMonths(i))).toList();
    }

    /** The quarter before this one. */
    ReportPeriod previousQuarter() {
        YearMonth first = YearMonth.from(start).minusMonths(3);
        return quarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
    }

    /** From {@code from} to the end of this period (累计: cumulative since the campaign start). */
    ReportPeriod since(LocalDate from) {
        return new ReportPeriod(from, end, from + " 至 " + end);
    }
}
