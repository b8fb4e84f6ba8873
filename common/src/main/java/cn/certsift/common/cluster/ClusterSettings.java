package cn.certsift.common.cluster;

import java.io.Serializable;
import java.util.List;

/**
 * How supply-chain clusters are traced ({@code certsift.clusters} in {@code conf/institutions.yml}).
 * A link node (a shared number, pattern, phone, institution and exam site, or employer and institution)
 * joins findings only when at least {@code minEntriesPerLink} distinct roster entries (employer and ID
 * number) reach it, so that one roster row raising two findings is no cluster by itself.
 *
 * @param findingCodes                the findings that point to a fake or borrowed certificate and take part;
 *                                    default CERT_NOT_FOUND (forged), HOLDER_MISMATCH (someone else's),
 *                                    CERT_SHARED (lent or forged in bulk), CERT_MULTI_EMPLOYER (挂证)
 * @param minTraineesPerPhone         a phone links only when at least this many distinct trainees gave it in the
 *                                    training records (an agent registering people); default 3
 * @param minEntriesPerLink           a link node joins findings only when at least this many distinct roster
 *                                    entries reach it; default 2
 * @param maxEntriesPerLink           a link node reached by more entries than this is a hub (a big institution,
 *                                    an exam site everyone uses): it is split by the employer's district and
 *                                    joins only findings of the same district, so that one hub cannot merge
 *                                    unrelated clusters across the city; default 30
 * @param maxRegistryNumbersPerPattern a fake-number pattern links only when at most this many registry numbers
 *                                    have it too; default 0 (a shape or serial block no department uses)
 * @param maxRounds                   connected components fail, rather than loop on, after this many rounds;
 *                                    default 40 (label shortcuts converge in a few rounds on real data)
 */
public record ClusterSettings(List<String> findingCodes, int minTraineesPerPhone, int minEntriesPerLink, int maxEntriesPerLink,
                              int maxRegistryNumbersPerPattern, int maxRounds) implements Serializable {

    public ClusterSettings {
        if (findingCodes == null || findingCodes.isEmpty()) {
            throw new IllegalArgumentException("certsift.clusters.finding-codes must name at least one finding code, was "
                    + findingCodes);
        }
        findingCodes = List.copyOf(findingCodes);
        atLeast("min-trainees-per-phone", minTraineesPerPhone, 2);
        atLeast("min-entries-per-link", minEntriesPerLink, 2);
        atLeast("max-entries-per-link", maxEntriesPerLink, minEntriesPerLink);
        atLeast("max-registry-numbers-per-pattern", maxRegistryNumbersPerPattern, 0);
        atLeast("max-rounds", maxRounds, 1);
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(List.of("CERT_NOT_FOUND", "HOLDER_MISMATCH", "CERT_SHARED", "CERT_MULTI_EMPLOYER"), 3, 2, 30, 0,
                40);
    }

    private static void atLeast(String setting, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException("certsift.clusters." + setting + " must be at least " + least + ", was " + value);
        }
    }
}
