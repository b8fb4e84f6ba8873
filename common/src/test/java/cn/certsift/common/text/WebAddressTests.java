package cn.certsift.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebAddressTests {

    private static WebAddress parse(String raw) {
        return WebAddress.parse(raw).orElseThrow(() -> new AssertionError("not parsed: " + raw));
    }

    @Test
    void schemeCasePortTrailingDotAndFullWidthDoNotChangeTheHost() {
        for (String raw : new String[] {"https://CX.mem.gov.cn:8443/query", "cx.mem.gov.cn./query", "ｃｘ．ｍｅｍ。gov.cn/query",
                "hxxp://cx.mem.gov.cn/query", " cx.mem .gov.cn/query"}) {
            WebAddress address = parse(raw);
            assertEquals("cx.mem.gov.cn", address.host(), raw);
            assertEquals("/query", address.path(), raw);
        }
    }

    @Test
    void theUserPartBeforeAnAtSignIsNotTheHost() {
        WebAddress address = parse("http://cx.mem.gov.cn@103.1.2.3/verify?id=1#top");
        assertEquals("103.1.2.3", address.host());
        assertEquals("cx.mem.gov.cn", address.userInfo());
        assertEquals("/verify", address.path());
        assertTrue(address.isIpAddress());
        assertEquals("103.1.2.3", address.registeredDomain());
    }

    @Test
    void suffixesOfCountryDomainsHaveTwoLabels() {
        WebAddress address = parse("www.cx-mem.com.cn");
        assertEquals("com.cn", address.publicSuffix());
        assertEquals("cx-mem", address.nameBeforeSuffix());
        assertEquals("cx-mem.com.cn", address.registeredDomain());
        assertEquals("cn", parse("cx-mem-gov.cn").publicSuffix());
        assertEquals("evil.com", parse("cx.mem.gov.cn.evil.com").registeredDomain());
        assertEquals("gov.cn", parse("www.mem.gov.cn").publicSuffix());
    }

    @Test
    void subdomainsAreUnderTheirDomainButLookalikesAreNot() {
        assertTrue(parse("www.mem.gov.cn").isUnder("mem.gov.cn"));
        assertTrue(parse("mem.gov.cn").isUnder("mem.gov.cn"));
        assertTrue(!parse("notmem.gov.cn.com").isUnder("mem.gov.cn"));
        assertTrue(!parse("xmem.gov.cn").isUnder("mem.gov.cn"));
    }

    @Test
    void valuesWithoutAHostAreNotAddresses() {
        for (String raw : new String[] {"见截图", "", "   ", "localhost", "http://", "www.", "a..b.com", "-bad.com", "12350", "1.2.3"}) {
            assertTrue(WebAddress.parse(raw).isEmpty(), raw);
        }
        assertTrue(WebAddress.parse(null).isEmpty());
    }

    @Test
    void chineseDomainNamesAreAddresses() {
        assertEquals("应急管理部.政务", parse("http://应急管理部.政务/").host());
    }
}
