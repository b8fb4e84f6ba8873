package cn.certsift.common.clue;

/** What an online clue is about; the monthly form counts each kind in its own column. */
public enum ClueKind {
    /** A site imitating an official certificate query platform (查出假冒政府网站平台). */
    FAKE_SITE("假冒证书查询网站", "查出假冒政府网站平台数量"),
    /** A listing or advert that sells certificates (涉安全生产资格证书违法违规信息). */
    ILLEGAL_LISTING("违法违规售证信息", "清理涉安全生产资格证书违法违规信息数量");

    private final String chineseName;
    private final String formColumn;

    ClueKind(String chineseName, String formColumn) {
        this.chineseName = chineseName;
        this.formColumn = formColumn;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The column of the campaign's monthly form that counts clues of this kind. */
    public String formColumn() {
        return formColumn;
    }
}
