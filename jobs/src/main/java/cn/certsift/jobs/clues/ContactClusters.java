package cn.certsift.jobs.clues;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.substring;

import cn.certsift.common.clue.ClueIds;
import cn.certsift.jobs.clusters.ConnectedComponents;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage: groups members (clues today; findings and trainees may join later) that share a contact,
 * directly or through others: the connected components ({@link ConnectedComponents}) of the graph of
 * member–contact links. Each component is labelled with its smallest member id and gets the id
 * {@link ClueIds#cluster} of that label: the same members give the same cluster id every night.
 */
public final class ContactClusters {

    public static final String MEMBER = "member_id";
    public static final String CONTACT = "contact";
    public static final String CLUSTER = "cluster_id";

    /** Label shortcuts settle a component in a handful of rounds; this many means something is wrong. */
    private static final int MAX_ROUNDS = 40;
    private static final String MEMBER_NODE = "m:";
    private static final String CONTACT_NODE = "c:";

    private static final StructType SCHEMA = new StructType()
            .add(MEMBER, DataTypes.StringType, false)
            .add(CLUSTER, DataTypes.StringType, false);

    private ContactClusters() {
    }

    /**
     * @param links one row per member and contact ({@value #MEMBER}, {@value #CONTACT})
     * @return one row per member that has a contact: {@value #MEMBER}, {@value #CLUSTER}
     */
    public static Dataset<Row> assign(Dataset<Row> links) {
        Dataset<Row> edges = links.select(concat(lit(MEMBER_NODE), col(MEMBER)).as(ConnectedComponents.SRC),
                concat(lit(CONTACT_NODE), col(CONTACT)).as(ConnectedComponents.DST));
        Dataset<Row> members = ConnectedComponents.of(edges, MAX_ROUNDS)
                .filter(col(ConnectedComponents.NODE).startsWith(MEMBER_NODE))
                .select(substring(col(ConnectedComponents.NODE), MEMBER_NODE.length() + 1, Integer.MAX_VALUE).as(MEMBER),
                        col(ConnectedComponents.COMPONENT));
        Dataset<Row> labels = members.groupBy(ConnectedComponents.COMPONENT).agg(min(MEMBER).as("label"));
        return members.join(labels, ConnectedComponents.COMPONENT).select(MEMBER, "label")
                .map((MapFunction<Row, Row>) row -> RowFactory.create(row.getString(0), ClueIds.cluster(row.getString(1))),
                        Encoders.row(SCHEMA));
    }
}
