package org.parley.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into text. The charset is, in this order: the byte order mark,
 * the one the HTTP {@code Content-Type} header names, the one a {@code <meta charset>} in the
 * first 4 KB names; the page must then be valid in it. Without any declaration the page is read
 * as UTF-8, or as windows-1252 when it is not valid UTF-8 (what browsers do). Stateless and
 * thread-safe.
 */
public final class PageDecoder {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    /**
     * @param bytes       the page
     * @param contentType the HTTP {@code Content-Type} header, or null
     * @return the page's text
     * @throws InputException when the page is binary or not valid in the charset it declares
     */
    public static String decode(byte[] bytes, String contentType) throws InputException {
        Charset marked = byteOrderMark(bytes);
        if (marked != null) {
            int skip = marked == StandardCharsets.UTF_8 ? 3 : 0;
            return strict(bytes, skip, marked, marked.name() + " (byte order mark)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException("binary content (NUL byte at offset " + i + "), expected an HTML page");
            }
        }
        String declared = declared(contentType, HEADER_CHARSET);
        String where = "its HTTP header";
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            declared = declared(head, META_CHARSET);
            where = "its <meta charset>";
        }
        if (declared == null) {
            return firstBadByte(bytes, 0, StandardCharsets.UTF_8) < 0
                    ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, FALLBACK);
        }
        return strict(bytes, 0, charset(declared, where), "charset " + declared.toLowerCase(Locale.ROOT)
                + " declared by " + where);
    }

    /** @return UTF-8 or UTF-16 when the bytes start with its byte order mark, else null */
    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        boolean be = b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff;
        boolean le = b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe;
        return be || le ? StandardCharsets.UTF_16 : null;
    }

    private static String declared(String text, Pattern p) {
        if (text == null) {
            return null;
        }
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name, String where) throws InputException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException("unknown charset '" + name + "' declared by " + where);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String what) throws InputException {
        int bad = firstBadByte(bytes, offset, cs);
        if (bad >= 0) {
            throw new InputException("not valid in the " + what + " (byte offset " + bad + ")");
        }
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    /** @return the offset of the first byte not valid in {@code cs}, or -1 when all are */
    private static int firstBadByte(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }
}
