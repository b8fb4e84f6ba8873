package cn.certsift.jobs.export;

import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The look the project's workbooks share: bold grey headers, solid fills, A4 landscape printing, rows of plain values. */
final class Sheets {

    private Sheets() {
    }

    static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    static CellStyle fill(Workbook workbook, IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** People print these lists: A4 landscape, all columns on one page width. */
    static void printOnA4Landscape(Sheet sheet) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** A row of numbers and text; text the caller has made safe. */
    static void writeRow(Sheet sheet, int index, List<?> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** A small table of counts: header, rows, a bold total row; the count columns from {@code firstCount} centred. */
    static void countsTable(Workbook workbook, Sheet sheet, List<String> header, List<List<Object>> rows, List<Object> total,
                            int firstCount, int[] widths) {
        CellStyle headerStyle = headerStyle(workbook);
        writeRow(sheet, 0, header, headerStyle);
        for (int i = 0; i < rows.size(); i++) {
            writeRow(sheet, i + 1, rows.get(i), null);
        }
        int lastRow = rows.size() + 1;
        writeRow(sheet, lastRow, total, headerStyle);
        CellStyle centred = workbook.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        CellStyle centredHeader = workbook.createCellStyle();
        centredHeader.cloneStyleFrom(headerStyle);
        centredHeader.setAlignment(HorizontalAlignment.CENTER);
        for (int rowIndex = 0; rowIndex <= lastRow; rowIndex++) {
            boolean bold = rowIndex == 0 || rowIndex == lastRow;
            for (int column = firstCount; column < header.size(); column++) {
                sheet.getRow(rowIndex).getCell(column).setCellStyle(bold ? centredHeader : centred);
            }
        }
        sheet.createFreezePane(0, 1);
        printOnA4Landscape(sheet);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }
}
