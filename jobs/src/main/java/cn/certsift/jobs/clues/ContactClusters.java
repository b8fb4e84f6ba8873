package cn.certsift.jobs.clues;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import cn.certsift.common.clue.ClueIds;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage: groups members (clues today; findings and trainees may join later) that share a contact,
 * directly or through others: the connected components of the graph of member–contact links. Each
 * component is labelled with its smallest member id, found by passing the smallest label along the links
 * until nothing changes (as many rounds as the longest chain is long), and gets the id
 * {@link ClueIds#cluster} of that label: the same members give the same cluster id every night.
 */
public final class ContactClusters {

    public static final String MEMBER = "member_id";
    public static final String CONTACT = "contact";
    public static final String CLUSTER = "cluster_id";

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
        Dataset<Row> edges = links.select(MEMBER, CONTACT).distinct().localCheckpoint();
        Dataset<Row> labels = edges.select(col(MEMBER), col(MEMBER).as("label")).distinct();
        long changed;
        do {
            Dataset<Row> byContact = edges.join(labels, MEMBER).groupBy(CONTACT).agg(min("label").as("label"));
            Dataset<Row> next = edges.join(byContact, CONTACT).groupBy(MEMBER).agg(min("label").as("label"))
                    .join(labels.withColumnRenamed("label", "previous"), MEMBER)
                    .localCheckpoint();
            changed = next.filter(col("label").notEqual(col("previous"))).count();
            labels = next.drop("previous");
        } while (changed > 0);
        return labels.map((MapFunction<Row, Row>) row -> RowFactory.create(row.getString(0), ClueIds.cluster(row.getString(1))),
                Encoders.row(SCHEMA));
    }
}
