package cn.certsift.common.cert;

import cn.certsift.common.text.Normalize;

/** The 证书状态 vocabulary of the registries. */
public enum CertificateStatus {
    VALID("有效"),
    CANCELLED("注销"),
    REVOKED("吊销"),
    WITHDRAWN("撤销"),
    EXPIRED("过期"),
    /** Any other value a registry writes (暂扣, 待审核 …): neither valid nor revoked. */
    OTHER(null);

    private final String chinese;

    CertificateStatus(String chinese) {
        this.chinese = chinese;
    }

    public static CertificateStatus of(String registryValue) {
        String value = Normalize.text(registryValue);
        if (value == null) {
            return OTHER;
        }
        if (value.equals("正常")) {
            return VALID;
        }
        for (CertificateStatus status : values()) {
            if (value.equals(status.chinese) || value.equals(status.chinese + "状态")) {
                return status;
            }
        }
        return OTHER;
    }

    /** 注销, 吊销 or 撤销: the certificate no longer exists as a qualification. */
    public boolean isRevocation() {
        return this == CANCELLED || this == REVOKED || this == WITHDRAWN;
    }
}
