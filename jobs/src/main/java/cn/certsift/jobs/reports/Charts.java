package cn.certsift.jobs.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts over a table of a sheet (categories in one column, a series per value column, the
 * series names in the header row): they open in Excel, WPS and LibreOffice and follow the figures.
 */
final class Charts {

    private Charts() {
    }

    /** Where a chart goes: columns and rows of its top-left and bottom-right corners. */
    record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    enum Kind {
        COLUMNS, LINES
    }

    static void plot(XSSFSheet sheet, Kind kind, String title, Place place, int headerRow, int firstRow, int lastRow,
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
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        XDDFChartData data = chart.createData(kind == Kind.COLUMNS ? ChartTypes.BAR : ChartTypes.LINE, categories, values);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
        }
        for (int column : valueColumns) {
            XDDFChartData.Series series = data.addSeries(labels, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column)));
            series.setTitle(sheet.getRow(headerRow).getCell(column).getStringCellValue(), new CellReference(headerRow, column));
        }
        data.setVaryColors(false);
        chart.plot(data);
    }
}
