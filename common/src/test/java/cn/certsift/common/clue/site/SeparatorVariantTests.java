package cn.certsift.common.clue.site;

import static cn.certsift.common.clue.site.SiteRuleAssertions.fires;
import static cn.certsift.common.clue.site.SiteRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;

import org.junit.jupiter.api.Test;

class SeparatorVariantTests {

    private final SeparatorVariant rule = new SeparatorVariant(ClueFixtures.OFFICIAL_SITES, 0.85);

    @Test
    void theOfficialNameWithOtherSeparatorsUnderAnotherSuffixFires() {
        assertEquals("去掉点和连字符后为 cxmemgov，与官方域名 cx.mem.gov.cn（应急管理部证书查询平台）相同",
                fires(rule, "https://www.cx-mem-gov.cn/zscx/").evidence());
        fires(rule, "cxmem.com");
        fires(rule, "cx_mem.top");
        fires(rule, "mem-gov.com");
        fires(rule, "mem.gov.top");
        fires(rule, "zlaq-mohurd.com");
        fires(rule, "cnse-samr-gov-cn.com");
        fires(rule, "cxmemgovcn.com.cn");
    }

    @Test
    void namesTooShortToCompareOrMerelySimilarDoNotFire() {
        staysSilent(rule, "mem.com");
        staysSilent(rule, "samr.top");
        staysSilent(rule, "cx-media.com");
        staysSilent(rule, "memgovernment.org");
        staysSilent(rule, "www.baidu.com");
    }
}
