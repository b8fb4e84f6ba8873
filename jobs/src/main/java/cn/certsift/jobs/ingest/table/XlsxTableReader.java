package cn.certsift.jobs.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an XLSX workbook (or every sheet whose name passes a test) through POI's
 * SAX event model: rows are handed on as they are parsed, the workbook is never built in memory. POI's
 * defaults guard against zip bombs and external entities.
 */
public final class XlsxTableReader implements TableReader {

    private final Path file;
    private final Predicate<String> sheets;
    private String sheetName = "?";

    public XlsxTableReader(Path file) {
        this(file, null);
    }

    /** Reads every sheet whose name passes {@code sheets}, in workbook order; null reads the first sheet only. */
    public XlsxTableReader(Path file, Predicate<String> sheets) {
        this.file = file;
        this.sheets = sheets;
    }

    /** The sheet being read. */
    public String sheetName() {
        return sheetName;
    }

    @Override
    public String description() {
        return "XLSX, sheet " + sheetName;
    }

    @Override
    public void read(RowConsumer consumer) throws IOException, NotATableException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheetIterator = reader.getSheetIterator();
            if (!sheetIterator.hasNext()) {
                throw new NotATableException("工作簿中没有工作表", "the workbook has no sheet");
            }
            boolean date1904 = usesDate1904(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            do {
                try (InputStream sheet = sheetIterator.next()) {
                    if (sheets != null && !sheets.test(sheetIterator.getSheetName())) {
                        continue;
                    }
                    sheetName = sheetIterator.getSheetName();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new RowCollector(consumer), SpreadsheetCells.formatter(date1904), false));
                    parser.parse(new InputSource(sheet));
                } catch (RowCollector.StopReading consumerHasEnough) {
                    return;
                }
            } while (sheets != null && sheetIterator.hasNext());
        } catch (ConsumerFailure failure) {
            failure.rethrow();
        } catch (NotATableException notATable) {
            throw notATable;
        } catch (Exception unreadable) {
            throw new NotATableException("无法读取Excel工作簿（文件损坏、加密、过大或不是xlsx格式）",
                    "cannot read the workbook (corrupt, encrypted, oversized or not .xlsx)", unreadable);
        }
    }

    private static boolean usesDate1904(XSSFReader reader) throws Exception {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        return date1904[0];
    }

    /** Collects cells into rows and hands each finished row to the consumer. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowConsumer consumer;
        private List<String> cells = SpreadsheetCells.newRow();

        RowCollector(RowConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells = SpreadsheetCells.newRow();
        }

        @Override
        public void endRow(int rowNum) {
            if (!ConsumerFailure.deliver(consumer, SpreadsheetCells.row(rowNum + 1L, cells))) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            SpreadsheetCells.put(cells, column, SpreadsheetCells.plainIfScientific(formattedValue));
        }

        /** Unwinds the SAX parse when the consumer wants no more rows. */
        static final class StopReading extends RuntimeException {
            StopReading() {
                super(null, null, false, false);
            }
        }
    }
}
