package cn.certsift.common.finding;

import java.io.Serializable;

/**
 * Something matching noticed that is not a finding but belongs in the run summary's warnings, counted.
 * Details never hold names or ID numbers.
 */
public record DataQualityNote(Kind kind, String detail) implements Serializable {

    public enum Kind {
        /** The roster's post is not in conf/posts.yml: the row could not be checked for NO_CERT or CATEGORY_MISMATCH. */
        UNKNOWN_POST("岗位不在岗位表中，未能核对持证要求", "post not in the post table; certificate requirement not checked"),
        /** No certificate recorded, but the person holds a valid qualifying one: the roster is incomplete. */
        CERTIFICATE_NOT_RECORDED("花名册未登记证书，但证书库中有有效的相应证书", "no certificate recorded although a valid qualifying one is held"),
        /** Same ID number, but the name differs beyond a typing error or homophone. */
        NAME_DIFFERS("身份证号相同但姓名与证书库不一致", "same ID number but a different name in the registry"),
        /** A registry status outside the contract's vocabulary. */
        UNKNOWN_STATUS("证书状态不在约定的取值中（有效、注销、吊销、撤销、过期）", "certificate status outside the contract's vocabulary");

        private final String zh;
        private final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }
}
