package org.parley.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lets byte-oriented writers (Jena's result and RDF writers) write UTF-8 into picocli's
 * {@link PrintWriter}, so that commands can be tested with captured output. Keeps incomplete UTF-8
 * sequences until their remaining bytes arrive. Not thread-safe.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, in.remaining());
            in.put(b, off, n);
            off += n;
            len -= n;
            drain(false);
        }
    }

    private void drain(boolean end) {
        in.flip();
        while (true) {
            var result = decoder.decode(in, chars, end);
            chars.flip();
            out.append(chars);
            chars.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        in.compact();
    }

    @Override
    public void flush() {
        drain(false);
        out.flush();
    }

    @Override
    public void close() {
        drain(true);
        out.flush();
    }
}
