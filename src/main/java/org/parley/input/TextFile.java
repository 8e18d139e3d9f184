package org.parley.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.parley.article.ArticleMetadata;
import org.parley.article.Problem;

/**
 * Reads a {@code .txt} article: UTF-8 (a leading byte order mark is dropped), not empty, not
 * binary, within the size limit. A bad file gives one problem naming the file and, for bad bytes,
 * the line. Stateless and thread-safe.
 */
public final class TextFile {

    private TextFile() {
    }

    /**
     * @param file     the file
     * @param place    the file as the user named it
     * @param id       the article id
     * @param maxBytes size limit
     * @return the article, or why it cannot be read
     */
    public static InputRecord read(Path file, String place, String id, long maxBytes) {
        byte[] bytes;
        try {
            bytes = FileBytes.read(file, maxBytes);
        } catch (InputException e) {
            return new InputRecord.Unreadable(new Problem(place, e.getMessage()));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return unreadable(Problem.atLine(place, lineAt(bytes, i), "binary file (NUL byte), expected UTF-8 text"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            return unreadable(Problem.atLine(place, lineAt(bytes, in.position()),
                    "not valid UTF-8 (byte offset " + in.position() + ")"));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return unreadable(new Problem(place, "empty file"));
        }
        return new InputRecord.Read(id, place, text, ArticleMetadata.EMPTY, null);
    }

    private static InputRecord unreadable(Problem p) {
        return new InputRecord.Unreadable(p);
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
