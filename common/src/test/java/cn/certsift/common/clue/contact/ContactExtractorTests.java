package cn.certsift.common.clue.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContactExtractorTests {

    private final ContactExtractor extractor = new ContactExtractor(List.of("微信", "vx", "v信", "wx"), List.of("qq", "扣扣"));

    private List<String> keys(String... texts) {
        return extractor.extract(texts).stream().map(Contact::key).toList();
    }

    @Test
    void mobileNumbersWithPrefixesAndSeparatorsAreOneNumber() {
        assertEquals(List.of("mobile:13812345678"), keys("电话 138-1234-5678", "+86 13812345678", "１３８１２３４５６７８",
                "8613812345678", "138 1234 5678"));
    }

    @Test
    void landlinesNeedTheirAreaCode() {
        assertEquals(List.of("landline:01087654321", "landline:075512345678"), keys("0755-12345678，010 87654321，座机 12345678"));
    }

    @Test
    void contactsComeInAStableOrderOfKindThenValue() {
        assertEquals(List.of("mobile:13912345678", "mobile:15012345678", "wechat:b_seller1", "qq:10001"),
                keys("qq 10001，微信 b_seller1，15012345678，13912345678"));
    }

    @Test
    void wechatIdsAndQqNumbersFollowTheirMarkers() {
        assertEquals(List.of("wechat:abc-123x", "wechat:zs_kefu01", "qq:12345678"),
                keys("加微信：zs_kefu01 或 VX abc-123x，扣扣 12345678"));
        assertEquals(List.of("wechat:zscx-kefu01"), keys("微信号是 ZSCX-kefu01"), "WeChat ids ignore case");
        assertEquals(List.of("wechat:kefu_2026"), keys("v信kefu_2026"));
    }

    @Test
    void numbersAndWordsThatAreNoContactAreLeftAlone() {
        assertEquals(List.of(), keys("身份证号 440305198501011231", "价格 800 元，学时 56", "证书编号 T440305198501011231",
                "微信同号", "qq群", "wxyz123456 是产品型号", "vxabc12345", "1381234567", "138123456789"));
        assertEquals(List.of(), keys((String) null));
    }
}
