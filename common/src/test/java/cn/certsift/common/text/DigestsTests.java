package cn.certsift.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DigestsTests {

    @Test
    void theSha256OfAStreamIsTheStandardOneInLowerCaseHex() throws IOException {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sha256("abc"),
                "the FIPS 180-2 example");
    }

    @Test
    void oneChangedByteChangesTheSha256() throws IOException {
        assertNotEquals(sha256("王伟,有效"), sha256("王伟,吊销"));
    }

    private static String sha256(String content) throws IOException {
        return Digests.sha256Hex(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }
}
