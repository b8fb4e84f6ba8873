package cn.certsift.jobs.spark;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code values("name", "王伟", "left_on", null)}: a column → value map that, unlike Map.of, takes nulls and keeps order. */
public final class Values {

    private Values() {
    }

    public static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("values() takes name/value pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
