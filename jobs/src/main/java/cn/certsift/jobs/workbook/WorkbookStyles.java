package cn.certsift.jobs.workbook;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every workbook shares, made once per workbook: a title, bold grey headers, bordered
 * text that wraps, integers without decimals, amounts, percentages, real dates, narrow codes, the
 * shading of cells people fill in by hand, and notes.
 */
public final class WorkbookStyles {

    /** The size of the text in cells; titles are larger. */
    public static final short TEXT_POINTS = 11;
    private static final short TITLE_POINTS = 16;
    private static final short CODE_POINTS = 9;

    public final CellStyle title;
    public final CellStyle header;
    /** The header of a column people fill in: shaded green. */
    public final CellStyle inputHeader;
    /** Text that wraps, vertically centred like every cell. */
    public final CellStyle text;
    /** A code kept beside its Chinese label, small. */
    public final CellStyle code;
    public final CellStyle integer;
    public final CellStyle amount;
    public final CellStyle percent;
    public final CellStyle date;
    /** A bold row of totals (not shaded: shading marks cells to fill in by hand). */
    public final CellStyle total;
    public final CellStyle totalInteger;
    public final CellStyle totalAmount;
    /** A cell with no data source, for people to fill in: shaded. */
    public final CellStyle manual;
    /** A note under a table: wraps, no border. */
    public final CellStyle note;

    private final Workbook workbook;
    private final Map<IndexedColors, CellStyle> fills = new EnumMap<>(IndexedColors.class);

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = font(TEXT_POINTS, true);
        title = workbook.createCellStyle();
        title.setFont(font(TITLE_POINTS, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);
        header = bordered(HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        header.setFont(bold);
        shade(header);
        inputHeader = workbook.createCellStyle();
        inputHeader.cloneStyleFrom(header);
        inputHeader.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        text = bordered(HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
        code = bordered(HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
        code.setFont(font(CODE_POINTS, false));
        integer = number("0");
        amount = number("0.00");
        percent = number("0.0%");
        date = number("yyyy-mm-dd");
        date.setAlignment(HorizontalAlignment.LEFT);
        total = bordered(HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        total.setFont(bold);
        totalInteger = number("0");
        totalInteger.setFont(bold);
        totalAmount = number("0.00");
        totalAmount.setFont(bold);
        manual = bordered(HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        shade(manual);
        note = workbook.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** List text on a solid fill (severity): wraps like {@link #text}. */
    public CellStyle filled(IndexedColors color) {
        return fills.computeIfAbsent(color, c -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(text);
            style.setFillForegroundColor(c.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /** A number format of the workbook, for a style of one's own. */
    public short format(String pattern) {
        return workbook.createDataFormat().getFormat(pattern);
    }

    /** The size of the font a style writes in, for the height of its rows. */
    public double points(CellStyle style) {
        return workbook.getFontAt(style.getFontIndex()).getFontHeightInPoints();
    }

    private CellStyle number(String pattern) {
        CellStyle style = bordered(HorizontalAlignment.RIGHT, VerticalAlignment.CENTER);
        style.setDataFormat(format(pattern));
        return style;
    }

    private CellStyle bordered(HorizontalAlignment horizontal, VerticalAlignment vertical) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(horizontal);
        style.setVerticalAlignment(vertical);
        style.setWrapText(true);
        return style;
    }

    private static void shade(CellStyle style) {
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private Font font(short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }
}
