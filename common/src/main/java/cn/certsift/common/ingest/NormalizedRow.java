package cn.certsift.common.ingest;

import java.util.List;
import java.util.Map;

/**
 * A source row after normalisation, ready for the Parquet layer.
 *
 * @param values        one value per field of the source, in field order: String, LocalDate or Double, or null
 * @param checkPassed   per field, for ID numbers and credit codes, whether the standard's check passed (null otherwise)
 * @param extraColumns  header → raw value of columns the contract does not name
 * @param droppedValues optional values that could not be read and were left empty, with the reason
 */
public record NormalizedRow(Object[] values, Boolean[] checkPassed, Map<String, String> extraColumns,
                            List<DroppedValue> droppedValues) {

    /** An unreadable value of an optional column: the row is kept, the value is left empty and reported. */
    public record DroppedValue(String field, String raw, RowProblem problem) {
    }
}
