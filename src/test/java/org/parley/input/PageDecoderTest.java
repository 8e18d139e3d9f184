package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PageDecoderTest {
    private static final String CAFE = "<p>Caf\u00e9 talks in Z\u00fcrich</p>";
    private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Stream<Arguments> decodable() {
        return Stream.of(
                Arguments.of("undeclared UTF-8", CAFE.getBytes(StandardCharsets.UTF_8), null),
                Arguments.of("undeclared windows-1252", CAFE.getBytes(LATIN1), null),
                Arguments.of("UTF-8 byte order mark", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        CAFE.getBytes(StandardCharsets.UTF_8)), null),
                Arguments.of("UTF-16 byte order mark", ("\ufeff" + CAFE).getBytes(StandardCharsets.UTF_16LE), null),
                Arguments.of("header charset", CAFE.getBytes(LATIN1), "text/html; charset=ISO-8859-1"),
                Arguments.of("meta charset", ("<meta charset=iso-8859-1>" + CAFE).getBytes(LATIN1), null),
                Arguments.of("http-equiv", ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=latin1\">"
                        + CAFE).getBytes(LATIN1), null),
                Arguments.of("header before meta", ("<meta charset=utf-8>" + CAFE).getBytes(LATIN1),
                        "text/html;charset=\"windows-1252\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodable")
    void decodes(String name, byte[] bytes, String contentType) throws InputException {
        String text = PageDecoder.decode(bytes, contentType);
        assertEquals(CAFE, text.substring(text.indexOf("<p>")));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(CAFE.getBytes(LATIN1), "text/html; charset=utf-8",
                        "not valid in the charset utf-8 declared by its HTTP header (byte offset 6)"),
                Arguments.of(("<meta charset=\"UTF-8\">" + CAFE).getBytes(LATIN1), null,
                        "not valid in the charset utf-8 declared by its <meta charset> (byte offset 28)"),
                Arguments.of("<meta charset=klingon>".getBytes(LATIN1), null,
                        "unknown charset 'klingon' declared by its <meta charset>"),
                Arguments.of(new byte[] {'<', 'p', '>', 0, 1}, null,
                        "binary content (NUL byte at offset 3), expected an HTML page"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesWhatItCannotRead(byte[] bytes, String contentType, String message) {
        assertEquals(message, assertThrows(InputException.class, () -> PageDecoder.decode(bytes, contentType))
                .getMessage());
    }

    @Test
    void aByteOrderMarkWinsOverADeclaration() throws InputException {
        byte[] bytes = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                ("<meta charset=iso-8859-1>" + CAFE).getBytes(StandardCharsets.UTF_8));
        assertEquals(CAFE, PageDecoder.decode(bytes, null).substring(25));
    }
}
