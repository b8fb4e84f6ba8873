package cn.certsift.common.clue;

import cn.certsift.common.text.Digests;

/**
 * Ids that stay the same from night to night: a clue's is a hash of its kind and normalised subject
 * (the host of a site, the link of a listing), a cluster's a hash of the smallest clue id in it.
 */
public final class ClueIds {

    private static final int CLUE_HEX = 20;
    private static final int CLUSTER_HEX = 12;

    private ClueIds() {
    }

    public static String clue(ClueKind kind, String normalisedSubject) {
        return "C" + Digests.sha256Hex(kind.name() + "|" + normalisedSubject, CLUE_HEX);
    }

    public static String cluster(String smallestMemberId) {
        return "G" + Digests.sha256Hex(smallestMemberId, CLUSTER_HEX);
    }
}
