package cn.certsift.common.clue;

/**
 * What an online clue is about, and the column of the monthly form (conf/cases.yml, 网络空间治理) whose
 * figure its clues feed once the cyberspace office has acted on them.
 */
public enum ClueKind {
    /** A site imitating an official certificate query platform (查出假冒政府网站平台). */
    FAKE_SITE("假冒证书查询网站", "关闭涉假网站、账号数量"),
    /** A listing or advert that sells certificates (涉安全生产资格证书违法违规信息). */
    ILLEGAL_LISTING("违法违规售证信息", "清理涉假违法违规信息数量");

    private final String chineseName;
    private final String formColumn;

    ClueKind(String chineseName, String formColumn) {
        this.chineseName = chineseName;
        this.formColumn = formColumn;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The label of the monthly form's column that counts clues of this kind once acted on. */
    public String formColumn() {
        return formColumn;
    }
}
