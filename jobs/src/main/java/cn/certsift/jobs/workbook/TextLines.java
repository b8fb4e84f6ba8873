package cn.certsift.jobs.workbook;

import cn.certsift.jobs.io.TextWidth;

/**
 * How many lines a wrapped cell needs, and how tall its row must be to show them. Spreadsheet programs
 * do not size rows when a file opens (POI cannot either), so every row height is set from this
 * estimate. Widths are in the units of column widths, the width of a digit: a Chinese character takes
 * two. Lines break as Excel, WPS and LibreOffice break them: between Chinese characters, at spaces,
 * and inside a word only when the word is longer than a line.
 */
public final class TextLines {

    /** Of a column's width, the part text may fill: cell padding and the differences between fonts set aside. */
    private static final double USABLE = 0.9;
    private static final double PADDING_CHARACTERS = 1;
    /** A line of Chinese text is about 1.4 times its font size tall; a row has a little padding. */
    private static final double LINE_HEIGHT = 1.4;
    private static final double ROW_PADDING_POINTS = 4;

    private TextLines() {
    }

    /** The lines {@code text} takes in a wrapped cell {@code columnWidth} digits wide; at least one. */
    public static int count(String text, double columnWidth) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(1, columnWidth * USABLE - PADDING_CHARACTERS);
        int lines = 0;
        for (String paragraph : text.split("\r?\n", -1)) {
            lines += paragraphLines(paragraph, usable);
        }
        return lines;
    }

    /** The row height in points that shows {@code lines} lines of a {@code fontPoints} font. */
    public static float rowHeight(int lines, double fontPoints) {
        return (float) Math.ceil(lines * fontPoints * LINE_HEIGHT + ROW_PADDING_POINTS);
    }

    private static int paragraphLines(String paragraph, double usable) {
        int lines = 1;
        double x = 0;
        int i = 0;
        while (i < paragraph.length()) {
            int end = wordEnd(paragraph, i);
            int width = TextWidth.of(paragraph.substring(i, end));
            boolean space = end == i + 1 && Character.isWhitespace(paragraph.charAt(i));
            if (x + width <= usable || space) {
                x = Math.min(usable, x + width);
            } else if (width <= usable) {
                lines++;
                x = width;
            } else {
                int more = (int) Math.ceil(width / usable) - 1;
                lines += (x > 0 ? 1 : 0) + more;
                x = width - more * usable;
            }
            i = end;
        }
        return lines;
    }

    /** Where the unbreakable piece starting at {@code start} ends: one Chinese character or space, or a run of other characters. */
    private static int wordEnd(String text, int start) {
        if (isBreakable(text.charAt(start))) {
            return start + 1;
        }
        int end = start + 1;
        while (end < text.length() && !isBreakable(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isBreakable(char c) {
        return Character.isWhitespace(c) || TextWidth.of(String.valueOf(c)) == 2;
    }
}
