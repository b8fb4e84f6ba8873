package cn.certsift.jobs.spark;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Row assertions for stage tests that say which row and which column differ, rather than printing two
 * tables to compare by eye.
 */
public final class DatasetAssertions {

    private DatasetAssertions() {
    }

    /**
     * Asserts that {@code actual} holds exactly the expected rows, matched on {@code key}; only the
     * columns named in each expected row are compared.
     */
    public static void assertRowsByKey(Dataset<Row> actual, String key, List<Map<String, Object>> expected) {
        Map<Object, Row> byKey = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Row row : actual.collectAsList()) {
            Object value = row.getAs(key);
            if (byKey.put(value, row) != null) {
                problems.add("duplicate rows for " + key + "=" + value);
            }
        }
        for (Map<String, Object> expectedRow : expected) {
            Object keyValue = expectedRow.get(key);
            Row row = byKey.remove(keyValue);
            if (row == null) {
                problems.add("missing row " + key + "=" + keyValue);
                continue;
            }
            expectedRow.forEach((column, value) -> {
                Object actualValue = row.getAs(column);
                if (!Objects.equals(normalise(value), normalise(actualValue))) {
                    problems.add("row " + key + "=" + keyValue + ", column " + column + ": expected <" + value + "> but was <"
                            + actualValue + ">");
                }
            });
        }
        byKey.keySet().forEach(extra -> problems.add("unexpected row " + key + "=" + extra));
        if (!problems.isEmpty()) {
            fail(problems.size() + " difference(s):\n  " + String.join("\n  ", problems));
        }
    }

    /** Asserts the values of one column, in any order, e.g. the finding codes raised. */
    public static void assertColumnValues(Dataset<Row> actual, String column, List<?> expected) {
        List<String> actualValues = new ArrayList<>(actual.select(column).collectAsList().stream()
                .map(row -> String.valueOf(normalise(row.get(0)))).sorted().toList());
        List<String> expectedValues = expected.stream().map(value -> String.valueOf(normalise(value))).sorted().toList();
        if (!actualValues.equals(expectedValues)) {
            fail("column " + column + ": expected " + expectedValues + " but was " + actualValues);
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        return value;
    }
}
