package org.parley.extract.round;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.CuedPattern;
import org.parley.extract.lexicon.Lexicon;

/**
 * Trigger detection: the words that make a sentence speak of a round ("talks", "second round",
 * "met in", "signed the agreement"), from {@code meeting-nouns.txt}, {@code negotiation-verbs.txt}
 * and {@code agreement-phrases.txt}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Triggers {
    private static final CuedPattern CUED_TRIGGER = CuedPattern.compile(regex());
    /** The trigger pattern, case-insensitive. */
    static final Pattern TRIGGER = CUED_TRIGGER.pattern();
    private static final Pattern AT_MOST_ONE_WORD = Pattern.compile("\\s*(?:[\\p{L}-]+\\s+)?");
    /** A trigger that starts within this many characters after an offset follows it. */
    private static final int FOLLOW_CHARS = 20;

    private Triggers() {
    }

    private static String regex() {
        return "\\b(" + String.join("|", Lexicon.entries("meeting-nouns", "trigger")) + "|"
                + String.join("|", Lexicon.entries("negotiation-verbs", "trigger")) + ")\\b"
                + "|\\b" + Lexicon.alternation("negotiation-verbs", "meet") + "\\b(?=\\s+"
                + Lexicon.alternation("negotiation-verbs", "meet-followers") + ")"
                + "|" + String.join("|", Lexicon.entries("agreement-phrases", "trigger"));
    }

    /**
     * @param sentence a sentence
     * @param lower    the sentence in lower case
     * @return true when the sentence speaks of a round
     */
    public static boolean present(String sentence, String lower) {
        Matcher m = CUED_TRIGGER.matcher(sentence, lower);
        return m != null && m.find();
    }

    /**
     * @param text any text
     * @return true when the text holds a trigger
     */
    public static boolean in(String text) {
        return TRIGGER.matcher(text).find();
    }

    /**
     * True when a trigger noun follows right after the offset ("Colombia talks", "Astana negotiations").
     *
     * @param st  a sentence
     * @param end an offset in it
     * @return true when at most one word stands between the offset and a trigger close after it
     */
    public static boolean follows(String st, int end) {
        String rest = st.substring(Math.min(end, st.length()));
        Matcher m = TRIGGER.matcher(rest);
        return m.find() && AT_MOST_ONE_WORD.matcher(rest.substring(0, m.start())).matches() && m.start() < FOLLOW_CHARS;
    }
}
