package cn.certsift.jobs.workbook;

import org.apache.poi.ss.usermodel.CellStyle;

/** What a list column holds, and so how its cells look: wrapped text, a narrow code, a date, a count, an amount. */
public enum ColumnKind {
    TEXT, CODE, DATE, INTEGER, AMOUNT;

    CellStyle style(WorkbookStyles styles) {
        return switch (this) {
            case TEXT -> styles.text;
            case CODE -> styles.code;
            case DATE -> styles.date;
            case INTEGER -> styles.integer;
            case AMOUNT -> styles.amount;
        };
    }
}
