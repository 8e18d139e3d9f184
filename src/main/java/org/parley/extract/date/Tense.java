package org.parley.extract.date;

import java.util.List;
import java.util.regex.Pattern;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * The tense of the sentence a date stands in, which decides the year of a yearless date and the
 * week of a bare weekday. FUTURE: a future marker ("will", "'ll", "is set to", "plans to", ...; see
 * {@code future-markers.txt} [tense], [scheduled], [clitic]), or a progressive ("are meeting")
 * without a past marker ({@code past-markers.txt}); PAST: a past marker; else NEUTRAL. A sentence
 * that starts in lower case (the splitter cut after "a.m.") is read together with the one before
 * it on the same line. Thread-safe.
 */
public enum Tense {
    /** Past-tense sentence. */
    PAST,
    /** Future-tense or scheduling sentence. */
    FUTURE,
    /** Neither. */
    NEUTRAL;

    private static final Pattern FUTURE_MARKER = Pattern.compile(
            "\\b(?:" + String.join("|", Lexicon.entries("future-markers", "tense")) + "|"
                    + String.join("|", Lexicon.entries("future-markers", "scheduled")) + ")\\b|"
                    + String.join("|", Lexicon.entries("future-markers", "clitic")) + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROGRESSIVE = Pattern.compile(
            "\\b(?:is|are)\\s+(?:\\w+ly\\s+)?\\w+ing\\b|['’]re\\s+\\w+ing\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_MARKER = Pattern.compile(
            "\\b(?:" + String.join("|", Lexicon.entries("past-markers", "words")) + ")\\b", Pattern.CASE_INSENSITIVE);

    /**
     * @param text      the article text
     * @param sentences its sentences
     * @param span      a span in the text
     * @return the tense of the sentence the span starts in; NEUTRAL outside any sentence
     */
    public static Tense at(String text, List<Sentence> sentences, Span span) {
        Sentence s = sentenceAt(sentences, span.start());
        if (s == null) {
            return NEUTRAL;
        }
        int start = s.span().start();
        if (s.index() > 0 && Character.isLowerCase(text.charAt(start))) {
            Sentence before = sentences.get(s.index() - 1);
            if (text.substring(before.span().end(), start).indexOf('\n') < 0) {
                start = before.span().start();
            }
        }
        return of(text.substring(start, s.span().end()));
    }

    /**
     * @param sentence one sentence's text
     * @return its tense
     */
    public static Tense of(String sentence) {
        if (FUTURE_MARKER.matcher(sentence).find()) {
            return FUTURE;
        }
        boolean past = PAST_MARKER.matcher(sentence).find();
        if (!past && PROGRESSIVE.matcher(sentence).find()) {
            return FUTURE;
        }
        return past ? PAST : NEUTRAL;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset)) {
                return s;
            }
        }
        return null;
    }
}
