package org.parley.extract.round;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * The clause structure a round's date and place depend on: whether a round is the sentence's
 * subject, and where its main clause ends ({@code clause-openers.txt}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Clauses {
    private static final Pattern NOT_SUBJECT_PREFIX = Pattern.compile("VB.*|MD|IN|TO|W.*");
    private static final Set<String> SUBJECT_OPENERS = Lexicon.lowerWords("clause-openers", "subject-openers");
    private static final Pattern SUBORDINATE = Pattern.compile(
            "(?:,\\s*|\\s)" + Lexicon.alternation("clause-openers", "subordinate") + "\\s", Pattern.CASE_INSENSITIVE);
    /** A trigger this close to the start of the sentence is its subject: the whole sentence speaks of it. */
    private static final int SUBJECT_CHARS = 40;

    private Clauses() {
    }

    /**
     * True when the sentence's subject is a round ("The talks, held at ...", "Peace talks between ...").
     *
     * @param tv       the article's tokens
     * @param sentence the sentence's span
     * @param st       the sentence's text
     * @return true when a trigger opens the sentence with no verb, preposition or wh-word before it
     */
    public static boolean subjectTrigger(TokenView tv, Span sentence, String st) {
        Matcher m = Triggers.TRIGGER.matcher(st);
        if (!m.find() || m.start() >= SUBJECT_CHARS) {
            return false;
        }
        int t = tv.tokenAt(sentence.start() + m.start());
        for (int k = tv.tokenAt(sentence.start()); k >= 0 && k < t; k++) {
            if (NOT_SUBJECT_PREFIX.matcher(tv.pos(k)).matches() && !SUBJECT_OPENERS.contains(tv.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param st a sentence
     * @return the offset where its first subordinate clause (", as", "while", "because"...) starts, or its length
     */
    public static int mainClauseEnd(String st) {
        Matcher m = SUBORDINATE.matcher(st);
        return m.find() ? m.start() : st.length();
    }
}
