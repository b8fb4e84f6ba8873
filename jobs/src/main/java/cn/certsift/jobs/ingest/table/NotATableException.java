package cn.certsift.jobs.ingest.table;

/** The file cannot be read as a table at all (binary, empty, corrupt workbook); the reasons are for the user. */
public class NotATableException extends Exception {

    private final String reasonZh;

    public NotATableException(String reasonZh, String reasonEn) {
        super(reasonEn);
        this.reasonZh = reasonZh;
    }

    public NotATableException(String reasonZh, String reasonEn, Throwable cause) {
        super(reasonEn + ": " + cause.getMessage(), cause);
        this.reasonZh = reasonZh;
    }

    public String reasonZh() {
        return reasonZh;
    }

    public String reasonEn() {
        return getMessage();
    }
}
