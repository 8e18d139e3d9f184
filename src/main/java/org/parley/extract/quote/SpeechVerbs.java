package org.parley.extract.quote;

import java.util.regex.Pattern;
import org.parley.extract.lexicon.Lexicon;

/**
 * The speech verbs ("said", "told", "according to", ...) of lexicon {@code speech-verbs.txt}, as
 * one case-sensitive pattern of whole words. Immutable and thread-safe.
 */
public final class SpeechVerbs {
    /** Any speech verb or phrase, as a whole word. */
    public static final Pattern PATTERN = Pattern.compile("\\b" + Lexicon.alternation("speech-verbs", "verbs") + "\\b");

    private SpeechVerbs() {
    }
}
