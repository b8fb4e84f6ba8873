package cn.certsift.jobs.ingest.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the encoding of a CSV file from its first bytes: a UTF-8 byte-order mark, else UTF-8 when
 * most lines with non-ASCII bytes decode as UTF-8, else GB18030 (the superset of GBK that government
 * exports use). Chinese text in GBK almost never forms valid UTF-8, so a file that mixes encodings is
 * read in the encoding of most of its lines and the others are reported line by line. Files that hold
 * NUL bytes or many control characters are binary, not tables.
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final double MAX_CONTROL_SHARE = 0.01;

    static CsvEncoding detect(byte[] sample) throws NotATableException {
        if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (sample.length >= 2 && ((sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE
                || (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF)) {
            throw new NotATableException("文件是UTF-16编码，请另存为“CSV UTF-8”或GBK编码的CSV",
                    "the file is UTF-16 encoded; save it as CSV UTF-8 or GBK");
        }
        int control = 0;
        for (byte b : sample) {
            if (b == 0) {
                throw new NotATableException("文件含有二进制数据，不是文本表格", "the file holds binary data, it is not a text table");
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        if (control > sample.length * MAX_CONTROL_SHARE) {
            throw new NotATableException("文件含有大量控制字符，不是文本表格", "the file holds many control characters, it is not a text table");
        }
        return new CsvEncoding(mostLinesAreUtf8(sample) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    private static boolean mostLinesAreUtf8(byte[] sample) {
        int utf8 = 0;
        int other = 0;
        int start = 0;
        for (int i = 0; i <= sample.length; i++) {
            boolean lineEnds = i == sample.length || sample[i] == '\n';
            if (!lineEnds) {
                continue;
            }
            byte[] line = java.util.Arrays.copyOfRange(sample, start, i);
            start = i + 1;
            if (!hasNonAscii(line)) {
                continue;
            }
            if (decodesCleanly(line, StandardCharsets.UTF_8)) {
                utf8++;
            } else {
                other++;
            }
        }
        return utf8 >= other;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    String label() {
        return (charset.equals(GB18030) ? "GBK/GB18030" : "UTF-8") + (bomLength > 0 ? " BOM" : "");
    }

    /** Whether bytes decode without error in a charset; a multi-byte character cut at the end of a sample is fine. */
    static boolean decodesCleanly(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, false);
        return !result.isError();
    }

    /** Strict decoding of a complete record; throws when a byte sequence is not valid in the charset. */
    String decodeStrictly(byte[] bytes, int length) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    }
}
