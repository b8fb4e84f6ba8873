package cn.certsift.common.cluster;

import cn.certsift.common.text.Digests;

/**
 * Cluster ids that stay the same from night to night while the cluster's members do: {@code C} and the
 * first {@value #HEX} hex digits of the SHA-256 of the smallest finding id in the cluster (finding ids
 * are stable already).
 */
public final class ClusterIds {

    static final int HEX = 10;

    private ClusterIds() {
    }

    public static String of(String smallestFindingId) {
        if (smallestFindingId == null || smallestFindingId.isEmpty()) {
            throw new IllegalArgumentException("a cluster id needs the smallest finding id of the cluster, was '"
                    + smallestFindingId + "'");
        }
        return "C" + Digests.sha256Hex(smallestFindingId, HEX);
    }
}
