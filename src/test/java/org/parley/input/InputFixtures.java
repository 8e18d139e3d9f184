package org.parley.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the synthetic pages and feeds under {@code src/test/resources/inputs}. */
final class InputFixtures {
    private InputFixtures() {
    }

    /** @return the bytes of {@code inputs/<name>} */
    static byte[] bytes(String name) {
        try (InputStream in = InputFixtures.class.getResourceAsStream("/inputs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
