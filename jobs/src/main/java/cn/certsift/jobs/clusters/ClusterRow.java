package cn.certsift.jobs.clusters;

import cn.certsift.common.cluster.ClusterLink;
import cn.certsift.common.cluster.ClusterSummary;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The output row of a cluster ({@link ClusterColumns#SCHEMA}) from its aggregated members and joins: the
 * finding codes counted, institutions as {@code 名称（代码）}, the links in the order of {@link ClusterLink}
 * (within a kind, those joining most findings first), and the one-line summary.
 */
final class ClusterRow implements MapFunction<Row, Row> {

    @Override
    public Row call(Row cluster) {
        String clusterId = cluster.getAs(ClusterColumns.CLUSTER_ID);
        long size = cluster.<Long>getAs("size");
        List<String> employers = cluster.getList(cluster.fieldIndex("employers"));
        List<String> phones = cluster.getList(cluster.fieldIndex("phone_numbers"));
        List<Row> orgs = cluster.getList(cluster.fieldIndex("orgs"));
        List<Row> joins = cluster.<Row>getList(cluster.fieldIndex("joins")).stream()
                .sorted(Comparator.<Row>comparingInt(join -> ClusterLink.ofCode(join.getString(0)).ordinal())
                        .thenComparing(join -> -join.getLong(2))
                        .thenComparing(join -> join.getString(1)))
                .toList();
        Map<ClusterLink, Long> linkCounts = new EnumMap<>(ClusterLink.class);
        joins.forEach(join -> linkCounts.merge(ClusterLink.ofCode(join.getString(0)), 1L, Long::sum));
        List<String> orgNames = orgs.stream().map(org -> org.isNullAt(1) ? org.getString(0) : org.getString(1)).toList();
        String summary = new ClusterSummary(clusterId, size, employers.size(), orgNames, phones.size(), linkCounts).sentence();
        return RowFactory.create(clusterId, size, codes(cluster.getList(cluster.fieldIndex("codes"))),
                array(cluster.getList(cluster.fieldIndex("finding_ids"))), array(employers),
                orgs.stream().map(org -> (org.isNullAt(1) ? "" : org.getString(1)) + "（" + org.getString(0) + "）")
                        .toArray(String[]::new),
                array(phones),
                joins.stream().map(join -> ClusterLink.ofCode(join.getString(0)).describe(join.getString(1), join.getLong(2)))
                        .toArray(String[]::new),
                summary);
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    /** {@code CERT_SHARED×3；HOLDER_MISMATCH×1}: most frequent first, then by code. */
    private static String codes(List<String> codes) {
        Map<String, Long> counts = new TreeMap<>(codes.stream().collect(Collectors.groupingBy(code -> code, Collectors.counting())));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> entry.getKey() + "×" + entry.getValue())
                .collect(Collectors.joining(ClusterColumns.SEPARATOR));
    }
}
