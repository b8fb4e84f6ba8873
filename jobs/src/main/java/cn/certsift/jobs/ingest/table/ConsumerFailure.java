package cn.certsift.jobs.ingest.table;

import java.io.IOException;

/**
 * Carries a failure of the row consumer (writing the Parquet layer, say) out through a spreadsheet
 * parser's callbacks, so that it is rethrown as itself and never mistaken for a corrupt workbook.
 */
final class ConsumerFailure extends RuntimeException {

    ConsumerFailure(Exception cause) {
        super(cause);
    }

    /** Rethrows the consumer's own exception. */
    void rethrow() throws IOException {
        if (getCause() instanceof IOException io) {
            throw io;
        }
        throw (RuntimeException) getCause();
    }

    /** Hands a row to the consumer from inside a parser callback; false when the consumer wants no more. */
    static boolean deliver(TableReader.RowConsumer consumer, RawRow row) {
        try {
            return consumer.accept(row);
        } catch (IOException | RuntimeException e) {
            throw new ConsumerFailure(e);
        }
    }
}
