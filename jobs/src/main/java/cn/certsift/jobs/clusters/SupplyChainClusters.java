package cn.certsift.jobs.clusters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import cn.certsift.common.cluster.ClusterIds;
import cn.certsift.common.cluster.ClusterLink;
import cn.certsift.common.cluster.ClusterSettings;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Stage: links the findings that point to a fake or borrowed certificate into clusters with a common
 * source (issue 4). Findings are joined through link nodes ({@link ClusterLink}: a shared certificate
 * number, a fake-number pattern, a phone shared by trainees, an institution and exam site, an employer
 * and institution; see {@link LinkCandidates}); a node joins findings only when at least
 * {@link ClusterSettings#minEntriesPerLink()} distinct roster entries (employer and ID number) reach it,
 * and a cluster is a connected component of findings and nodes ({@link ConnectedComponents}), so every
 * cluster holds at least two findings from two roster entries.
 * <p>
 * Hubs: a node reached by more than {@link ClusterSettings#maxEntriesPerLink()} entries (a big
 * institution, an exam site everyone uses) is still a link, but only within one district: it is split
 * into one node per employer district (its subject says which), so that it cannot chain unrelated
 * findings across the whole city into one giant cluster, and inspectors, who work by district, get
 * clusters they can follow up.
 * <p>
 * A cluster's id is {@link ClusterIds#of} its smallest finding id: the same members give the same id
 * every night, whatever the input order.
 */
public final class SupplyChainClusters {

    private static final UserDefinedFunction CLUSTER_ID = udf((UDF1<String, String>) ClusterIds::of, DataTypes.StringType);

    private SupplyChainClusters() {
    }

    /**
     * @param findings     tonight's findings ({@code CurrentFindings.of})
     * @param training     the training staging layer
     * @param certificates the three registries ({@code RegistryCertificates.union})
     */
    public static TracedClusters trace(Dataset<Row> findings, Dataset<Row> training, Dataset<Row> certificates,
                                       ClusterSettings settings) {
        Dataset<Row> participating = findings.filter(col("finding_code").isin(settings.findingCodes().toArray()))
                .select(col("finding_id"), col("finding_code"), concat_ws("|", col("employer_uscc"), col("id_no")).as("entry"),
                        col("district"), col("employer_uscc"), col("employer_name"), col("id_no"), col("cert_no"),
                        col("matched_cert_no"))
                .localCheckpoint();
        Dataset<Row> links = linking(LinkCandidates.of(participating, training, certificates, settings), settings)
                .localCheckpoint();
        Dataset<Row> components = ConnectedComponents.of(
                links.select(col("finding_id").as(ConnectedComponents.SRC), col("key").as(ConnectedComponents.DST)),
                settings.maxRounds());
        Dataset<Row> inComponent = links.select("finding_id").distinct()
                .join(components, col("finding_id").equalTo(col(ConnectedComponents.NODE)))
                .select(col("finding_id"), col(ConnectedComponents.COMPONENT));
        Dataset<Row> membership = inComponent
                .join(inComponent.groupBy(ConnectedComponents.COMPONENT).agg(min("finding_id").as("first")),
                        ConnectedComponents.COMPONENT)
                .select(col("finding_id").as(ClusterColumns.FINDING_ID), CLUSTER_ID.apply(col("first")).as(ClusterColumns.CLUSTER_ID))
                .localCheckpoint();
        return new TracedClusters(describe(membership, participating, links), membership);
    }

    /** The nodes that join findings, each with a key (link and node, and the district for a split hub). */
    private static Dataset<Row> linking(Dataset<Row> candidates, ClusterSettings settings) {
        WindowSpec byNode = Window.partitionBy("link", "node");
        Column hub = size(collect_set("entry").over(byNode)).gt(settings.maxEntriesPerLink());
        return candidates.withColumn("hub", hub)
                .withColumn("key", when(col("hub"), concat_ws("|", col("link"), col("node"), col("district")))
                        .otherwise(concat_ws("|", col("link"), col("node"))))
                .withColumn("subject", when(col("hub"), concat(col("subject"), lit("（"), col("district"), lit("）")))
                        .otherwise(col("subject")))
                .withColumn("entries", size(collect_set("entry").over(Window.partitionBy("key"))))
                .filter(col("entries").geq(settings.minEntriesPerLink()))
                .select("finding_id", "key", "link", "node", "subject", "org_code", "org_name")
                .distinct();
    }

    private static Dataset<Row> describe(Dataset<Row> membership, Dataset<Row> participating, Dataset<Row> links) {
        Dataset<Row> members = membership.join(participating, "finding_id")
                .groupBy(ClusterColumns.CLUSTER_ID)
                .agg(count("finding_id").as("size"),
                        sort_array(collect_list("finding_id")).as("finding_ids"),
                        collect_list("finding_code").as("codes"),
                        sort_array(collect_set(concat(col("employer_name"), lit("（"), col("employer_uscc"), lit("）")))).as("employers"));
        Dataset<Row> joins = links.join(membership, "finding_id")
                .groupBy(col(ClusterColumns.CLUSTER_ID), col("key"), col("link"))
                .agg(min("subject").as("subject"), min("node").as("node"), min("org_code").as("org_code"),
                        min("org_name").as("org_name"), count_distinct(col("finding_id")).as("findings"))
                .groupBy(ClusterColumns.CLUSTER_ID)
                .agg(collect_list(struct(col("link"), col("subject"), col("findings"))).as("joins"),
                        sort_array(collect_set(when(col("org_code").isNotNull(), struct(col("org_code"), col("org_name")))))
                                .as("orgs"),
                        sort_array(collect_set(when(col("link").equalTo(ClusterLink.SHARED_PHONE.code()), col("node"))))
                                .as("phone_numbers"));
        return members.join(joins, ClusterColumns.CLUSTER_ID).map(new ClusterRow(), Encoders.row(ClusterColumns.SCHEMA));
    }
}
