package cn.certsift.common.source;

/** The three departments whose certificate registries CertSift compares. */
public enum Department {
    MEM("应急管理部门"),
    MOHURD("住房城乡建设部门"),
    SAMR("市场监管部门");

    private final String chineseName;

    Department(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
