package cn.certsift.jobs.workbook;

import cn.certsift.jobs.workbook.OfficeRendering.Rendered;
import cn.certsift.jobs.workbook.WorkbookInspection.Chart;
import cn.certsift.jobs.workbook.WorkbookInspection.PrintedText;
import cn.certsift.jobs.workbook.WorkbookInspection.Series;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader of a rendered workbook must see, as lists of problems naming the file, sheet and cell
 * (empty when all is well): pages within a bound per sheet, no text cut off (row heights that show the
 * wrapped text, and the whole text of every printed cell on the pages), charts whose series hold figures
 * and names under sheet-qualified references, no full ID number, no internal term.
 */
public final class RenderingChecks {

    private static final Pattern SHEET_QUALIFIED = Pattern.compile("'[^']+'!\\$[A-Z]+\\$\\d+(:\\$[A-Z]+\\$\\d+)?");
    private static final Pattern FULL_ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    /** Words of the code and configuration that readers should not meet: finding and clue codes, statuses, file names. */
    private static final Pattern INTERNAL_TERM = Pattern.compile(
            "\\b[A-Z]+(_[A-Z]+)+\\b|\\b(NEW|OPEN|RESOLVED)\\b|conf/|\\.yml|\\.csv|\\bnull\\b");

    private RenderingChecks() {
    }

    /**
     * All a workbook that leaves the analysts' hands must pass: pages within bounds, no text cut, no full ID
     * number, no internal term.
     */
    public static List<String> published(Rendered rendered, Map<String, Integer> bounds) throws IOException {
        List<String> problems = new ArrayList<>(pages(rendered, bounds));
        problems.addAll(cutText(rendered));
        problems.addAll(fullIdNumbers(rendered));
        problems.addAll(internalTerms(rendered));
        return problems;
    }

    /** Every visible sheet prints, and on no more pages than its bound (a sheet without a bound: one page). */
    public static List<String> pages(Rendered rendered, Map<String, Integer> bounds) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> pages = rendered.pagesBySheet();
        for (String sheet : WorkbookInspection.visibleSheets(rendered.workbook())) {
            int printed = pages.getOrDefault(sheet, 0);
            int bound = bounds.getOrDefault(sheet, 1);
            if (printed == 0 || printed > bound) {
                problems.add(name(rendered) + " sheet " + sheet + ": " + printed + " pages printed, expected 1 to " + bound);
            }
        }
        return problems;
    }

    /**
     * No printed text is cut: each text cell's row (rows, when merged) is as tall as {@link TextLines} says its
     * text needs, and the whole text is on the sheet's pages.
     */
    public static List<String> cutText(Rendered rendered) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> pageText = new HashMap<>();
        for (PrintedText cell : WorkbookInspection.printedText(rendered.workbook())) {
            String where = name(rendered) + " sheet " + cell.sheet() + " cell " + cell.cell();
            if (cell.rowPoints() + 0.5f < cell.neededPoints()) {
                problems.add(where + ": row is " + cell.rowPoints() + " pt, its text needs " + cell.neededPoints() + " pt");
            }
            String text = pageText.computeIfAbsent(cell.sheet(), rendered::compactText);
            if (!text.contains(OfficeRendering.compact(cell.text()))) {
                problems.add(where + ": the printed pages do not show the whole text '" + cell.text() + "'");
            }
        }
        return problems;
    }

    /**
     * Every chart has a title and series; each series has a name, sheet-qualified references for its name,
     * categories and values, cached figures that are numbers, and a colour; title and names show on the pages.
     */
    public static List<String> charts(Rendered rendered, int expected) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Chart> charts = WorkbookInspection.charts(rendered.workbook());
        if (charts.size() != expected) {
            problems.add(name(rendered) + ": " + charts.size() + " charts, expected " + expected);
        }
        String text = OfficeRendering.compact(rendered.text());
        for (Chart chart : charts) {
            String where = name(rendered) + " " + chart.part();
            if (chart.title().isBlank() || !text.contains(OfficeRendering.compact(chart.title()))) {
                problems.add(where + ": title '" + chart.title() + "' is not on the pages");
            }
            if (chart.series().isEmpty()) {
                problems.add(where + ": no series");
            }
            for (Series series : chart.series()) {
                String serie = where + " series '" + series.name() + "'";
                for (String reference : new String[] {series.nameRef(), series.categoryRef(), series.valueRef()}) {
                    if (reference == null || !SHEET_QUALIFIED.matcher(reference).matches()) {
                        problems.add(serie + ": reference " + reference + " is not sheet-qualified");
                    }
                }
                if (series.name() == null || !text.contains(OfficeRendering.compact(series.name()))) {
                    problems.add(serie + ": the name is not on the pages");
                }
                if (series.values().isEmpty() || !series.values().stream().allMatch(v -> v.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?"))) {
                    problems.add(serie + ": cached figures " + series.values() + " are not all numbers");
                }
                if (!series.coloured()) {
                    problems.add(serie + ": no explicit fill or line colour");
                }
            }
        }
        return problems;
    }

    /** No full 18-character ID number on the pages (a masked workbook). */
    public static List<String> fullIdNumbers(Rendered rendered) {
        return matches(rendered, FULL_ID_NUMBER, "full ID number");
    }

    /** No code, status or file name of the program on the pages. */
    public static List<String> internalTerms(Rendered rendered) {
        return matches(rendered, INTERNAL_TERM, "internal term");
    }

    private static List<String> matches(Rendered rendered, Pattern pattern, String what) {
        List<String> problems = new ArrayList<>();
        for (int page = 0; page < rendered.pages().size(); page++) {
            Matcher found = pattern.matcher(rendered.pages().get(page));
            while (found.find()) {
                problems.add(name(rendered) + " page " + (page + 1) + ": " + what + " " + found.group());
            }
        }
        return problems;
    }

    private static String name(Rendered rendered) {
        return rendered.workbook().getFileName().toString();
    }
}
