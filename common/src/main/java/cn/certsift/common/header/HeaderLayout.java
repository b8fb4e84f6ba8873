package cn.certsift.common.header;

import cn.certsift.common.source.SourceKind;

import java.util.List;
import java.util.Map;

/**
 * Where each contract column sits in a file, found from its header row.
 *
 * @param kind             the source the file belongs to
 * @param columnOfField    for each field of {@code kind.fields()}, its column index, or -1 when absent
 * @param unknownColumns   column index → header text of columns the contract does not name (kept, not matched)
 * @param duplicateHeaders headers that name a column already taken by an earlier column (the first one is used)
 * @param headerWidth      number of cells in the header row
 */
public record HeaderLayout(SourceKind kind, int[] columnOfField, Map<Integer, String> unknownColumns,
                           List<String> duplicateHeaders, int headerWidth) {

    public int columnOf(int fieldIndex) {
        return columnOfField[fieldIndex];
    }
}
