package cn.certsift.jobs.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the report workbooks: a title, bordered headers and figures, and the shading of manual cells. */
final class ReportStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle count;
    final CellStyle amount;
    final CellStyle percent;
    final CellStyle manual;
    final CellStyle note;

    ReportStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = bordered(workbook);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.CENTER);
        count = bordered(workbook);
        count.setDataFormat(workbook.createDataFormat().getFormat("0"));
        amount = bordered(workbook);
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00##"));
        percent = bordered(workbook);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        manual = bordered(workbook);
        manual.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        manual.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        note = workbook.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
