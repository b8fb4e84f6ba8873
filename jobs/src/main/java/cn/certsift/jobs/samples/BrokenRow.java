package cn.certsift.jobs.samples;

/**
 * A row that ingest must quarantine (or, for a blank line, skip), planted among a file's data rows:
 * a copy of the row just written with a required value missing or unreadable, a line with an
 * unbalanced quote, the header repeated, or blank lines.
 *
 * @param field the field left empty or given {@code value}; null for the other kinds
 */
record BrokenRow(Kind kind, String field, String value) {

    enum Kind {
        MISSING_REQUIRED, UNREADABLE_VALUE, UNBALANCED_QUOTE, REPEATED_HEADER, BLANK_LINES
    }

    static BrokenRow missing(String field) {
        return new BrokenRow(Kind.MISSING_REQUIRED, field, null);
    }

    static BrokenRow unreadable(String field, String value) {
        return new BrokenRow(Kind.UNREADABLE_VALUE, field, value);
    }

    static BrokenRow unbalancedQuote() {
        return new BrokenRow(Kind.UNBALANCED_QUOTE, null, null);
    }

    static BrokenRow repeatedHeader() {
        return new BrokenRow(Kind.REPEATED_HEADER, null, null);
    }

    static BrokenRow blankLines() {
        return new BrokenRow(Kind.BLANK_LINES, null, null);
    }

    /** Whether ingest counts the row as read (and quarantines it); blank lines are not data. */
    boolean counted() {
        return kind != Kind.BLANK_LINES;
    }
}
