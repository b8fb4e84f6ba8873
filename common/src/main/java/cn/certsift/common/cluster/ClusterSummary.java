package cn.certsift.common.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a supply-chain cluster holds, and the one Chinese line that says it:
 * {@code 线索簇 C1A2B3C4D5E：5 条问题记录，涉及 2 家用人单位、1 家培训机构（江门市信达技工学校）、共用电话 1 个；关联：同一证书编号×3，学员共用电话×2}.
 * Institutions are named, up to {@value #NAMED_INSTITUTIONS}; links are counted per kind (how many
 * shared numbers, phones, institutions … join the cluster), in the order of {@link ClusterLink}.
 *
 * @param clusterId    the cluster's id ({@link ClusterIds})
 * @param findings     how many findings it holds
 * @param employers    how many employers hire the people behind them
 * @param institutions the names of the training institutions among its links
 * @param phones       how many shared phone numbers among its links
 * @param links        how many links of each kind join it
 */
public record ClusterSummary(String clusterId, long findings, long employers, List<String> institutions, long phones,
                             Map<ClusterLink, Long> links) {

    static final int NAMED_INSTITUTIONS = 2;

    public ClusterSummary {
        institutions = List.copyOf(institutions);
        links = Map.copyOf(links);
    }

    public String sentence() {
        StringBuilder line = new StringBuilder("线索簇 ").append(clusterId).append("：").append(findings).append(" 条问题记录，涉及 ")
                .append(employers).append(" 家用人单位");
        if (!institutions.isEmpty()) {
            line.append("、").append(institutions.size()).append(" 家培训机构（")
                    .append(String.join("、", institutions.subList(0, Math.min(NAMED_INSTITUTIONS, institutions.size()))))
                    .append(institutions.size() > NAMED_INSTITUTIONS ? "等" : "").append("）");
        }
        if (phones > 0) {
            line.append("、共用电话 ").append(phones).append(" 个");
        }
        line.append("；关联：").append(Arrays.stream(ClusterLink.values()).filter(links::containsKey)
                .map(link -> link.label() + "×" + links.get(link)).collect(Collectors.joining("，")));
        return line.toString();
    }
}
