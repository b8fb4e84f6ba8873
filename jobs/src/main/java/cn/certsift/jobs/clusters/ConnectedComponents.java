package cn.certsift.jobs.clusters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: the connected components of an undirected graph given as edges, by iterative joins on
 * Datasets (GraphFrames does not support this Spark version). Every node starts with its own id as
 * label, read as a pointer to a node. Each round, for every edge, the smaller label of its two ends is
 * offered both to the other end and to the node its label points to (so whole trees of pointers merge
 * at once, not one node at a time), every node keeps the smallest label offered, then jumps to its
 * label's label (a shortcut that halves long pointer chains). A chain of n nodes so settles in a few
 * rounds rather than n. Labels only ever fall to the id of a node in the same component, and a round
 * that changes nothing leaves every node pointing at a node that points at itself with both ends of
 * every edge alike: every component then carries its smallest node id. Lineage is cut each round with a local
 * checkpoint; after {@code maxRounds} rounds without settling the stage fails rather than loop on.
 */
public final class ConnectedComponents {

    public static final String SRC = "src";
    public static final String DST = "dst";
    public static final String NODE = "node";
    public static final String COMPONENT = "component";

    private ConnectedComponents() {
    }

    /**
     * @param edges     {@value #SRC}, {@value #DST}: string node ids, in either direction
     * @param maxRounds how many rounds may pass before the stage gives up
     * @return one row per node: {@value #NODE}, {@value #COMPONENT} (the smallest node id of its component)
     * @throws IllegalStateException when labels still change after {@code maxRounds} rounds
     */
    public static Dataset<Row> of(Dataset<Row> edges, int maxRounds) {
        Dataset<Row> arcs = edges.select(col(SRC).as(NODE), col(DST).as("neighbour"))
                .union(edges.select(col(DST).as(NODE), col(SRC).as("neighbour")))
                .distinct().localCheckpoint();
        Dataset<Row> labels = arcs.select(col(NODE), col(NODE).as("label")).distinct();
        long changed = -1;
        for (int round = 1; round <= maxRounds; round++) {
            Dataset<Row> sides = arcs.join(labels, NODE)
                    .join(labels.select(col(NODE).as("neighbour"), col("label").as("offered")), "neighbour");
            Dataset<Row> offered = sides.select(col(NODE).as("target"), col("offered"))
                    .union(sides.select(col("label").as("target"), col("offered")))
                    .groupBy("target").agg(min("offered").as("offered"));
            Dataset<Row> hooked = labels.join(offered, col(NODE).equalTo(col("target")), "left")
                    .select(col(NODE), least(col("label"), col("offered")).as("label"));
            Dataset<Row> next = hooked.join(hooked.select(col(NODE).as("hop"), col("label").as("hop_label")),
                            col("label").equalTo(col("hop")))
                    .select(col(NODE), col("hop_label").as("label"))
                    .localCheckpoint();
            changed = next.join(labels.select(col(NODE), col("label").as("previous")), NODE)
                    .filter(col("label").notEqual(col("previous"))).count();
            labels = next;
            if (changed == 0) {
                return labels.select(col(NODE), col("label").as(COMPONENT));
            }
        }
        throw new IllegalStateException("connected components: " + changed + " node labels still changed in round " + maxRounds
                + " of at most " + maxRounds + "; raise the round limit or look for a chain of links that long");
    }
}
