package cn.certsift.jobs.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV record into fields: comma-separated, fields optionally in double quotes with {@code ""}
 * for a quote inside. Lenient like spreadsheet programs: a quote inside an unquoted field is a
 * character, text after a closing quote is kept.
 */
final class CsvFields {

    enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private CsvFields() {
    }

    /** The fields of a record, or null when a quoted field is not closed before the end of the text. */
    static List<String> split(String record) {
        List<String> fields = new ArrayList<>(commas(record) + 1);
        StringBuilder field = new StringBuilder();
        State state = State.FIELD_START;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        state = State.QUOTED;
                    } else if (c == ',') {
                        fields.add("");
                    } else if (c != '\r') {
                        // An unquoted field (most are) runs to the next comma: taken whole, not character by character.
                        int end = record.indexOf(',', i);
                        if (end < 0) {
                            fields.add(withoutCarriageReturns(record.substring(i)));
                            return fields;
                        }
                        fields.add(withoutCarriageReturns(record.substring(i, end)));
                        i = end;
                    }
                }
                case UNQUOTED -> {
                    if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = State.FIELD_START;
                    } else if (c != '\r') {
                        field.append(c);
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else {
                        field.append(c);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        field.append('"');
                        state = State.QUOTED;
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = State.FIELD_START;
                    } else if (c != '\r') {
                        field.append(c);
                        state = State.UNQUOTED;
                    }
                }
            }
        }
        if (state == State.QUOTED) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static int commas(String record) {
        int commas = 0;
        for (int i = 0; i < record.length(); i++) {
            if (record.charAt(i) == ',') {
                commas++;
            }
        }
        return commas;
    }

    private static String withoutCarriageReturns(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r", "");
    }
}
