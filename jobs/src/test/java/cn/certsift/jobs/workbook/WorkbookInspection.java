package cn.certsift.jobs.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a written workbook as the checks of its rendering need it: the visible sheets, the text cells
 * that print (with the row height each needs by {@link TextLines}), and the charts' parts.
 */
public final class WorkbookInspection {

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private WorkbookInspection() {
    }

    /** A text cell that prints, with the row height it needs and the one it has. */
    public record PrintedText(String sheet, String cell, String text, float neededPoints, float rowPoints) {
    }

    /** One series of a chart: its name, the references behind name, categories and values, its cached figures, its colour. */
    public record Series(String name, String nameRef, String categoryRef, String valueRef, List<String> values, boolean coloured) {
    }

    /** A chart part of the workbook with its title and series. */
    public record Chart(String part, String title, List<Series> series) {
    }

    /** The names of the sheets that are not hidden, in order. */
    public static List<String> visibleSheets(Path file) throws IOException {
        try (XSSFWorkbook workbook = open(file)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    names.add(workbook.getSheetName(i));
                }
            }
            return names;
        }
    }

    /** Every text cell of the visible sheets inside the print area (all columns when none is set), merged cells once. */
    public static List<PrintedText> printedText(Path file) throws IOException {
        List<PrintedText> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = open(file)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i)) {
                    continue;
                }
                XSSFSheet sheet = workbook.getSheetAt(i);
                int lastPrinted = lastPrintedColumn(workbook, i);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellRangeAddress merge = mergeAt(sheet, cell);
                        boolean covered = merge != null && (merge.getFirstRow() != cell.getRowIndex()
                                || merge.getFirstColumn() != cell.getColumnIndex());
                        if (cell.getColumnIndex() > lastPrinted || covered || cell.getCellType() != CellType.STRING
                                || cell.getStringCellValue().isBlank()) {
                            continue;
                        }
                        int lastColumn = merge == null ? cell.getColumnIndex() : merge.getLastColumn();
                        int lastRow = merge == null ? cell.getRowIndex() : merge.getLastRow();
                        double width = 0;
                        float rows = 0;
                        for (int c = cell.getColumnIndex(); c <= lastColumn; c++) {
                            width += sheet.getColumnWidth(c) / 256.0;
                        }
                        for (int r = cell.getRowIndex(); r <= lastRow; r++) {
                            rows += sheet.getRow(r) == null ? sheet.getDefaultRowHeightInPoints() : sheet.getRow(r).getHeightInPoints();
                        }
                        cells.add(new PrintedText(sheet.getSheetName(), new CellReference(cell).formatAsString(false),
                                cell.getStringCellValue(), CellValues.neededHeight(cell, width, styles), rows));
                    }
                }
            }
        }
        return cells;
    }

    /** Every chart part with its series, read from the chart XML. */
    public static List<Chart> charts(Path file) throws IOException {
        List<Chart> charts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList()) {
                if (entry.getName().startsWith("xl/charts/chart") && entry.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        charts.add(chart(entry.getName(), parse(in.readAllBytes())));
                    }
                }
            }
        }
        return charts;
    }

    private static Chart chart(String part, Document xml) {
        Element title = first(xml.getDocumentElement(), CHART_NS, "title");
        List<Series> series = new ArrayList<>();
        NodeList all = xml.getElementsByTagNameNS(CHART_NS, "ser");
        for (int i = 0; i < all.getLength(); i++) {
            Element ser = (Element) all.item(i);
            Element tx = first(ser, CHART_NS, "tx");
            Element cat = first(ser, CHART_NS, "cat");
            Element val = first(ser, CHART_NS, "val");
            List<String> values = new ArrayList<>();
            NodeList points = val == null ? null : val.getElementsByTagNameNS(CHART_NS, "v");
            for (int p = 0; points != null && p < points.getLength(); p++) {
                values.add(points.item(p).getTextContent());
            }
            Element shape = first(ser, CHART_NS, "spPr");
            boolean coloured = shape != null && shape.getElementsByTagNameNS(DRAWING_NS, "solidFill").getLength() > 0;
            series.add(new Series(textOf(first(tx, CHART_NS, "v")), textOf(first(tx, CHART_NS, "f")), textOf(first(cat, CHART_NS, "f")),
                    textOf(first(val, CHART_NS, "f")), values, coloured));
        }
        return new Chart(part, title == null ? "" : compactTitle(title), series);
    }

    private static String compactTitle(Element title) {
        StringBuilder text = new StringBuilder();
        NodeList runs = title.getElementsByTagNameNS(DRAWING_NS, "t");
        for (int i = 0; i < runs.getLength(); i++) {
            text.append(runs.item(i).getTextContent());
        }
        return text.toString();
    }

    private static Element first(Element parent, String namespace, String name) {
        if (parent == null) {
            return null;
        }
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static String textOf(Element element) {
        return element == null ? null : element.getTextContent();
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot parse a chart part: " + e.getMessage(), e);
        }
    }

    private static int lastPrintedColumn(XSSFWorkbook workbook, int sheetIndex) {
        String area = workbook.getPrintArea(sheetIndex);
        if (area == null) {
            return Integer.MAX_VALUE;
        }
        return new AreaReference(area, SpreadsheetVersion.EXCEL2007).getLastCell().getCol();
    }

    private static CellRangeAddress mergeAt(XSSFSheet sheet, Cell cell) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(cell)) {
                return region;
            }
        }
        return null;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
