package cn.certsift.jobs.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;

/**
 * Native charts over a table of a sheet (categories in one column, a series per value column, the series
 * names in the header row) that render alike in Excel, WPS and LibreOffice: every reference — values,
 * categories and series names — is sheet-qualified ({@code '按问题类别'!$B$3:$B$8}) and carries the figures
 * as a cache, every series has an explicit colour (bars filled, lines drawn with markers), and the value
 * axis counts in integers.
 */
public final class Charts {

    /** RGB colours, which every program reads (preset colour names are not read everywhere). */
    private static final int[] COLOURS = {0x4472C4, 0xED7D31, 0x70AD47, 0xFFC000, 0x7F7F7F, 0x5B9BD5};
    private static final double LINE_WIDTH_POINTS = 2.25;

    private Charts() {
    }

    /** Where a chart goes: columns and rows of its top-left and bottom-right corners. */
    public record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    public enum Kind {
        COLUMNS, LINES
    }

    /** A chart of rows {@code firstRow}–{@code lastRow}; nothing when there are no rows. */
    public static void plot(XSSFSheet sheet, Kind kind, String title, Place place, int headerRow, int firstRow, int lastRow,
                            int categoryColumn, int... valueColumns) {
        if (lastRow < firstRow) {
            return;
        }
        XSSFClientAnchor anchor = sheet.createDrawingPatriarch().createAnchor(0, 0, 0, 0, place.firstColumn(),
                place.firstRow(), place.lastColumn(), place.lastRow());
        XSSFChart chart = sheet.createDrawingPatriarch().createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setNumberFormat("0");
        String[] labels = new String[lastRow - firstRow + 1];
        for (int r = firstRow; r <= lastRow; r++) {
            labels[r - firstRow] = text(sheet.getRow(r).getCell(categoryColumn));
        }
        XDDFCategoryDataSource labelSource = XDDFDataSourcesFactory.fromArray(labels,
                range(sheet, firstRow, lastRow, categoryColumn));
        XDDFChartData data = chart.createData(kind == Kind.COLUMNS ? ChartTypes.BAR : ChartTypes.LINE, categories, values);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
        }
        for (int i = 0; i < valueColumns.length; i++) {
            int column = valueColumns[i];
            Double[] figures = new Double[labels.length];
            for (int r = firstRow; r <= lastRow; r++) {
                figures[r - firstRow] = number(sheet.getRow(r).getCell(column));
            }
            XDDFChartData.Series series = data.addSeries(labelSource,
                    XDDFDataSourcesFactory.fromArray(figures, range(sheet, firstRow, lastRow, column)));
            series.setTitle(text(sheet.getRow(headerRow).getCell(column)), new CellReference(headerRow, column));
            style(series, COLOURS[i % COLOURS.length]);
        }
        data.setVaryColors(false);
        chart.plot(data);
        qualifySeriesNames(sheet, data, headerRow, valueColumns);
    }

    private static void style(XDDFChartData.Series series, int rgb) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8),
                (byte) rgb}));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(LINE_WIDTH_POINTS);
            line.setLineProperties(stroke);
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
        } else {
            series.setFillProperties(fill);
        }
    }

    /** POI writes a series name's reference without its sheet; LibreOffice then finds no name (nor, with it, the bars). */
    private static void qualifySeriesNames(XSSFSheet sheet, XDDFChartData data, int headerRow, int[] valueColumns) {
        for (int i = 0; i < valueColumns.length; i++) {
            XDDFChartData.Series series = data.getSeries(i);
            CTSerTx tx = series instanceof XDDFBarChartData.Series bar ? bar.getCTBarSer().getTx()
                    : ((XDDFLineChartData.Series) series).getCTLineSer().getTx();
            tx.getStrRef().setF(range(sheet, headerRow, headerRow, valueColumns[i]));
        }
    }

    /** A sheet-qualified absolute reference, the sheet name quoted: {@code '按区县'!$B$3:$B$8}. */
    static String range(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        String quoted = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        String first = new CellReference(firstRow, column, true, true).formatAsString();
        return firstRow == lastRow ? quoted + first : quoted + first + ":" + new CellReference(lastRow, column, true, true)
                .formatAsString();
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    private static Double number(Cell cell) {
        if (cell == null) {
            return 0.0;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? cell.getNumericCellValue() : 0.0;
    }
}
