package cn.certsift.jobs.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Columns after a list's own that someone else writes: the columns inspectors fill in a district workbook. */
interface TrailingColumns {

    TrailingColumns NONE = new TrailingColumns() {
        @Override
        public int count() {
            return 0;
        }

        @Override
        public void writeHeaders(Row header, int firstColumn) {
        }

        @Override
        public void finishSheet(Sheet sheet, int lastRow, int firstColumn) {
        }
    };

    int count();

    void writeHeaders(Row header, int firstColumn);

    /** Widths, drop-downs and checks of the columns on one finished sheet whose records end at {@code lastRow}. */
    void finishSheet(Sheet sheet, int lastRow, int firstColumn);
}
