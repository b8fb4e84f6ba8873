package cn.certsift.jobs.clusters;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link SupplyChainClusters#trace} finds.
 *
 * @param clusters   one row per cluster ({@link ClusterColumns#SCHEMA}), unordered
 * @param membership one row per finding in a cluster: finding_id, cluster_id; findings in no cluster are absent
 */
public record TracedClusters(Dataset<Row> clusters, Dataset<Row> membership) {
}
