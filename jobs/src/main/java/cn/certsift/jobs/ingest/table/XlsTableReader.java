package cn.certsift.jobs.ingest.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.eventusermodel.EventWorkbookBuilder;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Streams the first sheet of a legacy {@code .xls} workbook through POI's HSSF event model: cell records
 * are turned into rows as they pass, no workbook object model is built.
 */
public final class XlsTableReader implements TableReader {

    private final Path file;
    private String sheetName = "?";

    public XlsTableReader(Path file) {
        this.file = file;
    }

    @Override
    public String description() {
        return "XLS, sheet " + sheetName;
    }

    @Override
    public void read(RowConsumer consumer) throws IOException, NotATableException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            FirstSheetListener sheetListener = new FirstSheetListener(consumer);
            FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(new MissingRecordAwareHSSFListener(sheetListener));
            sheetListener.formats = formats;
            EventWorkbookBuilder.SheetRecordCollectingListener workbook =
                    new EventWorkbookBuilder.SheetRecordCollectingListener(formats);
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(workbook);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
            sheetListener.flush();
        } catch (ConsumerFailure failure) {
            failure.rethrow();
        } catch (Exception unreadable) {
            throw new NotATableException("无法读取xls工作簿（文件损坏、加密或不是Excel 97-2003格式）",
                    "cannot read the .xls workbook (corrupt, encrypted or not Excel 97-2003)", unreadable);
        }
    }

    /** Turns the cell records of the workbook's first sheet into rows. */
    private final class FirstSheetListener implements HSSFListener {
        private final RowConsumer consumer;
        private FormatTrackingHSSFListener formats;
        private SSTRecord sharedStrings;
        private boolean date1904;
        private int worksheetIndex = -1;
        private boolean stopped;
        private int currentRow = -1;
        private List<String> cells = SpreadsheetCells.newRow();
        private boolean nextStringIsFormulaResult;
        private int formulaColumn;

        FirstSheetListener(RowConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        public void processRecord(Record record) {
            if (record instanceof BoundSheetRecord sheet && "?".equals(sheetName)) {
                sheetName = sheet.getSheetname();
            } else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                worksheetIndex++;
            } else if (record instanceof SSTRecord sst) {
                sharedStrings = sst;
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            }
            if (worksheetIndex != 0 || stopped) {
                return;
            }
            if (record instanceof CellValueRecordInterface cell) {
                startRowOf(cell.getRow());
            }
            if (record instanceof LabelSSTRecord label) {
                put(label.getColumn(), sharedStrings.getString(label.getSSTIndex()).getString());
            } else if (record instanceof LabelRecord label) {
                put(label.getColumn(), label.getValue());
            } else if (record instanceof NumberRecord number) {
                put(number.getColumn(), formatted(number, number.getValue()));
            } else if (record instanceof RKRecord rk) {
                put(rk.getColumn(), formatted(rk, rk.getRKNumber()));
            } else if (record instanceof BoolErrRecord boolErr) {
                put(boolErr.getColumn(), boolErr.isBoolean() ? String.valueOf(boolErr.getBooleanValue()).toUpperCase() : "#ERROR");
            } else if (record instanceof FormulaRecord formula) {
                formulaResult(formula);
            } else if (record instanceof StringRecord string && nextStringIsFormulaResult) {
                put(formulaColumn, string.getString());
                nextStringIsFormulaResult = false;
            } else if (record instanceof LastCellOfRowDummyRecord last) {
                startRowOf(last.getRow());
                flush();
            }
        }

        private void formulaResult(FormulaRecord formula) {
            if (formula.hasCachedResultString()) {
                nextStringIsFormulaResult = true;
                formulaColumn = formula.getColumn();
            } else {
                put(formula.getColumn(), formatted(formula, formula.getValue()));
            }
        }

        private String formatted(CellValueRecordInterface cell, double value) {
            return SpreadsheetCells.number(value, formats.getFormatIndex(cell), formats.getFormatString(cell), date1904);
        }

        private void startRowOf(int row) {
            if (row != currentRow) {
                flush();
                currentRow = row;
            }
        }

        private void put(int column, String value) {
            SpreadsheetCells.put(cells, column, value);
        }

        void flush() {
            if (currentRow >= 0 && !cells.isEmpty() && !stopped) {
                stopped = !ConsumerFailure.deliver(consumer, SpreadsheetCells.row(currentRow + 1L, cells));
            }
            cells = SpreadsheetCells.newRow();
        }
    }
}
