package org.parley.extract.round;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Evidenced;
import org.parley.extract.lexicon.Lexicon;

/**
 * Whether a round is held, under way, earlier or announced. A round is announced when its
 * sentence (or an earlier part of it) speaks of the future ({@code future-markers.txt} [tense] and
 * [planned], or in the headline [headline]: "Leaders to meet in Nairobi"; how long a round under
 * way will last does not count) and no date on or before
 * publication is given. A finished meeting placed only vaguely in the past ("concluded last week")
 * is an earlier round, and so is the part of a sentence that recalls an earlier meeting
 * ({@link SequenceRule#recallsEarlier}). A round under way at publication ("has started") is dated to publication.
 *
 * <p>Runs after {@link DateRule}. Stateless and thread-safe.
 */
public final class StatusRule implements MentionRule {
    /** A round under way, dated to the publication day. */
    static final double UNDER_WAY_DATE = 0.5;

    private static final Pattern FUTURE = Pattern.compile("\\b(" + String.join("|", Lexicon.entries("future-markers", "tense"))
            + "|" + String.join("|", Lexicon.entries("future-markers", "planned")) + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADLINE_FUTURE = Pattern.compile(
            "\\b" + Lexicon.alternation("future-markers", "headline") + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(
            "\\b" + Lexicon.alternation("round-date-cues", "duration") + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE_PAST = Pattern.compile("\\b" + Lexicon.alternation("negotiation-verbs", "finished")
            + "\\b[^.;]{0,100}?\\b" + Lexicon.alternation("round-date-cues", "vague-past") + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDER_WAY = Pattern.compile(String.join("|", Lexicon.entries("round-date-cues", "under-way")
            .stream().map(e -> "\\b" + e + "\\b").toList()), Pattern.CASE_INSENSITIVE);

    @Override
    public void apply(MentionContext context, RoundDraft draft) {
        String st = context.text();
        LocalDate published = context.facts().published();
        boolean future = context.futureBefore() || speaksOfFuture(st)
                || context.sentence().index() == 0 && HEADLINE_FUTURE.matcher(st).find();
        if (draft.date == null && (!future && VAGUE_PAST.matcher(st).find() || SequenceRule.recallsEarlier(st))) {
            draft.previous = true;
        }
        draft.announced = !draft.previous && future
                && (draft.date == null || published == null || draft.date.value().isAfter(published));
        Matcher underWay = UNDER_WAY.matcher(st);
        if (draft.date == null && published != null && !draft.announced && underWay.find()) {
            draft.date = new Evidenced<>(published, context.shift(underWay.start(), underWay.end()), UNDER_WAY_DATE);
        }
    }

    /**
     * @param text a sentence or a part of one
     * @return true when it speaks of the future, not counting how long a round under way will last
     */
    public static boolean speaksOfFuture(String text) {
        return hasFutureMarker(DURATION.matcher(text).replaceAll(" "));
    }

    /**
     * @param text any text
     * @return true when it holds a marker of the future ("will", "would", "set to", "proposed"...)
     */
    static boolean hasFutureMarker(String text) {
        return FUTURE.matcher(text).find();
    }
}
