package cn.certsift.jobs.clusters;

import static cn.certsift.jobs.spark.DatasetAssertions.assertRowsByKey;
import static cn.certsift.jobs.spark.Values.values;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.spark.SparkExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class ConnectedComponentsTests {

    private static final String N = ConnectedComponents.NODE;
    private static final String C = ConnectedComponents.COMPONENT;

    private final SparkSession spark;

    ConnectedComponentsTests(SparkSession spark) {
        this.spark = spark;
    }

    @Test
    void aChainWhoseSmallestNodeIsInTheMiddleIsOneComponent() {
        assertRowsByKey(ConnectedComponents.of(edges("d", "c", "c", "a", "a", "e", "e", "b"), 10), N, List.of(
                values(N, "a", C, "a"), values(N, "b", C, "a"), values(N, "c", C, "a"), values(N, "d", C, "a"),
                values(N, "e", C, "a")));
    }

    @Test
    void aStarAndASeparatePairAreTwoComponents() {
        assertRowsByKey(ConnectedComponents.of(edges("hub", "x1", "x2", "hub", "hub", "x3", "p", "q", "q", "p"), 10), N, List.of(
                values(N, "hub", C, "hub"), values(N, "x1", C, "hub"), values(N, "x2", C, "hub"), values(N, "x3", C, "hub"),
                values(N, "p", C, "p"), values(N, "q", C, "p")));
    }

    @Test
    void aLongChainInScrambledOrderSettlesInFarFewerRoundsThanItIsLong() {
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            nodes.add(String.format("n%03d", i));
        }
        Collections.shuffle(nodes, new Random(7));
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) {
            pairs.add(nodes.get(i - 1));
            pairs.add(nodes.get(i));
        }
        Dataset<Row> components = ConnectedComponents.of(edges(pairs.toArray(String[]::new)), 10);
        assertRowsByKey(components, N, nodes.stream().map(node -> (Map<String, Object>) values(N, node, C, "n000")).toList());
    }

    @Test
    void aChainLongerThanTheRoundsAllowedFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConnectedComponents.of(edges("f", "e", "e", "d", "d", "c", "c", "b", "b", "a"), 1));
        assertTrue(e.getMessage().contains("still changed in round 1 of at most 1"), e.getMessage());
    }

    private Dataset<Row> edges(String... pairs) {
        StructType schema = new StructType().add(ConnectedComponents.SRC, DataTypes.StringType)
                .add(ConnectedComponents.DST, DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            rows.add(RowFactory.create(pairs[i], pairs[i + 1]));
        }
        return spark.createDataFrame(rows, schema);
    }
}
