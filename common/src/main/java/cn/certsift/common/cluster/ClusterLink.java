package cn.certsift.common.cluster;

/**
 * The kinds of link that join findings into a supply-chain cluster, each a fact that points to a common
 * source of fake or borrowed certificates, with the Chinese label analysts read.
 */
public enum ClusterLink {

    /** Roster rows recording the same certificate number. */
    SAME_CERT_NO("同一证书编号"),
    /** Numbers no registry holds that share a pattern no registry number has ({@link FakeNumberPattern}). */
    FAKE_NUMBER_PATTERN("伪造编号同一模式"),
    /** The people behind the findings were registered for training with the same phone number. */
    SHARED_PHONE("学员共用电话"),
    /** The people or their certificates were trained by the same institution and examined at the same site. */
    SAME_ORG_AND_SITE("同一培训机构和考点"),
    /** One employer hires several flagged people trained by the same institution. */
    EMPLOYER_ORG("同一单位聘用同一机构多名问题人员");

    private final String label;

    ClusterLink(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    /** {@code 同一证书编号 T440703199001011234×3}: the link, what it is about, and how many findings it joins. */
    public String describe(String subject, long findings) {
        return label + " " + subject + "×" + findings;
    }

    /** The link of a code, failing on a code no link has. */
    public static ClusterLink ofCode(String code) {
        for (ClusterLink link : values()) {
            if (link.code().equals(code)) {
                return link;
            }
        }
        throw new IllegalArgumentException("unknown cluster link code '" + code + "'");
    }
}
