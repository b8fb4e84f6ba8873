package cn.certsift.jobs.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A laid-out sheet of a {@link FormWorkbook}: values with their style, formulas, merged headings, notes,
 * comments and column widths. When the workbook is finished, every row is made as tall as the text of
 * its cells needs (merged cells measured over their whole width) and the page setup is applied.
 */
public final class FormSheet {

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final PageSetup pageSetup;
    private int lastColumn;

    FormSheet(XSSFSheet sheet, WorkbookStyles styles, PageSetup pageSetup) {
        this.sheet = sheet;
        this.styles = styles;
        this.pageSetup = pageSetup;
    }

    public XSSFSheet sheet() {
        return sheet;
    }

    public WorkbookStyles styles() {
        return styles;
    }

    /** How the sheet prints; set its repeated rows and columns or one-page fit here. */
    public PageSetup pageSetup() {
        return pageSetup;
    }

    /** A text, a number, a date, or nothing (null: an empty cell, still styled). */
    public Cell put(int rowIndex, int column, Object value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Cell cell = row.createCell(column);
        CellValues.put(cell, value);
        cell.setCellStyle(style);
        lastColumn = Math.max(lastColumn, column);
        return cell;
    }

    /** A formula (without the leading =), so that figures people type in add up. */
    public Cell formula(int rowIndex, int column, String formula, CellStyle style) {
        Cell cell = put(rowIndex, column, null, style);
        cell.setCellFormula(formula);
        return cell;
    }

    /** A text over a block of cells, every cell of the block styled so that borders are drawn. */
    public void merged(int firstRow, int lastRow, int firstColumn, int lastColumnOfBlock, String text, CellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumnOfBlock; c++) {
                put(r, c, r == firstRow && c == firstColumn ? text : null, style);
            }
        }
        if (firstRow != lastRow || firstColumn != lastColumnOfBlock) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumnOfBlock));
        }
    }

    /** A comment on a cell, as Excel shows on hover. */
    public void comment(Cell cell, String text) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
        cell.setCellComment(comment);
    }

    /** Column widths in digits (a Chinese character takes two), from the first column on. */
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    void finish() {
        Map<Integer, Float> needed = new HashMap<>();
        Map<String, CellRangeAddress> merges = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merges.put(region.getFirstRow() + ":" + region.getFirstColumn(), region);
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                CellRangeAddress region = merges.get(row.getRowNum() + ":" + cell.getColumnIndex());
                if (region == null && isInsideMerge(cell)) {
                    continue;
                }
                int first = region == null ? cell.getColumnIndex() : region.getFirstColumn();
                int last = region == null ? cell.getColumnIndex() : region.getLastColumn();
                int rows = region == null ? 1 : region.getLastRow() - region.getFirstRow() + 1;
                float height = CellValues.neededHeight(cell, width(first, last), styles) / rows;
                for (int r = row.getRowNum(); r < row.getRowNum() + rows; r++) {
                    needed.merge(r, height, Math::max);
                }
            }
        }
        needed.forEach((r, height) -> sheet.getRow(r).setHeightInPoints(height));
        pageSetup.apply(sheet, lastColumn, sheet.getLastRowNum());
    }

    private boolean isInsideMerge(Cell cell) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(cell)) {
                return true;
            }
        }
        return false;
    }

    private double width(int firstColumn, int lastColumnOfBlock) {
        double width = 0;
        for (int c = firstColumn; c <= lastColumnOfBlock; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        return width;
    }
}
