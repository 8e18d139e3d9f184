package org.parley.input;

/**
 * An input record that cannot be read, with the reason in words for the user ("no article text
 * found", "declares charset utf-8 but is not valid utf-8 (byte offset 12)"). The caller adds the
 * place (file and record). Not meant to be shared between threads.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, without the place */
    public InputException(String message) {
        super(message);
    }
}
