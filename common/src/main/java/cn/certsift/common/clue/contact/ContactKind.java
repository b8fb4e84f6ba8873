package cn.certsift.common.clue.contact;

import java.util.Locale;

/** The kinds of contact detail that sellers leave in listings and on fake sites. */
public enum ContactKind {
    MOBILE("手机"),
    LANDLINE("固话"),
    WECHAT("微信"),
    QQ("QQ");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How a key of this kind starts: {@code mobile:}. */
    public String keyPrefix() {
        return name().toLowerCase(Locale.ROOT) + ":";
    }

    /** Phone numbers, which training records also hold (digits only). */
    public boolean isPhone() {
        return this == MOBILE || this == LANDLINE;
    }
}
