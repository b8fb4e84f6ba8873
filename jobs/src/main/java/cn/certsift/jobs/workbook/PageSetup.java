package cn.certsift.jobs.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: A4, landscape when its printed columns are wider than a portrait page, scaled to
 * the page width (or, for a summary, to one page), header rows (and leading columns) repeated on every
 * page, margins, the sheet's name at the top and the file's title, page number and date at the foot.
 * Every sheet the project writes goes through here.
 */
public final class PageSetup {

    /** Column widths (in digits) that fit across a portrait A4 page at full size. */
    private static final int PORTRAIT_WIDTH = 95;
    private static final double SIDE_MARGIN_INCHES = 0.4;
    private static final double TOP_MARGIN_INCHES = 0.7;
    private static final double HEADER_MARGIN_INCHES = 0.3;
    /** Footers in 8 pt, so that a long title and the page number fit side by side on a portrait page. */
    private static final String FOOTER_FONT = "&8";

    private final FileTitle file;
    private int firstRepeatedRow = -1;
    private int lastRepeatedRow = -1;
    private int repeatedColumns;
    private int printedColumns = -1;
    private boolean onOnePage;

    public PageSetup(FileTitle file) {
        this.file = file;
    }

    /** Rows printed at the top of every page (0-based, inclusive): the header, with the title above it if any. */
    public PageSetup repeatRows(int first, int last) {
        this.firstRepeatedRow = first;
        this.lastRepeatedRow = last;
        return this;
    }

    /** The first {@code count} columns printed at the left of every page (the region a row belongs to). */
    public PageSetup repeatColumns(int count) {
        this.repeatedColumns = count;
        return this;
    }

    /** Only the first {@code count} columns print; the others stay on screen. */
    public PageSetup printColumns(int count) {
        this.printedColumns = count;
        return this;
    }

    /** A small summary (a table and its chart) scaled to fit one page. */
    public PageSetup onOnePage() {
        this.onOnePage = true;
        return this;
    }

    /** Applies the setup; call once the column widths are set and, with printed columns, the last row is known. */
    public void apply(Sheet sheet, int lastColumn, int lastRow) {
        int printedLast = printedColumns < 0 ? lastColumn : printedColumns - 1;
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(printedWidth(sheet, printedLast) > PORTRAIT_WIDTH);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) (onOnePage ? 1 : 0));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.TopMargin, TOP_MARGIN_INCHES);
        sheet.setMargin(Sheet.BottomMargin, TOP_MARGIN_INCHES);
        sheet.setMargin(Sheet.HeaderMargin, HEADER_MARGIN_INCHES);
        sheet.setMargin(Sheet.FooterMargin, HEADER_MARGIN_INCHES);
        if (firstRepeatedRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstRepeatedRow, lastRepeatedRow, -1, -1));
        }
        if (repeatedColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, repeatedColumns - 1));
        }
        if (printedColumns >= 0) {
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, printedLast, 0, Math.max(0, lastRow));
        }
        sheet.getHeader().setCenter("&A");
        sheet.getFooter().setLeft(FOOTER_FONT + escaped(file.title()));
        sheet.getFooter().setRight(FOOTER_FONT + "第 &P 页，共 &N 页    " + file.date());
    }

    private static int printedWidth(Sheet sheet, int lastColumn) {
        int width = 0;
        for (int i = 0; i <= lastColumn; i++) {
            width += sheet.getColumnWidth(i) / 256;
        }
        return width;
    }

    /** An ampersand starts a code in headers and footers; a literal one is doubled. */
    private static String escaped(String text) {
        return text.replace("&", "&&");
    }
}
