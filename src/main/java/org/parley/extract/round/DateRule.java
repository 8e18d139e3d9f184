package org.parley.extract.round;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.article.DateMention;
import org.parley.article.Evidenced;
import org.parley.article.Layers;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * Date choice: the DATES mention that dates the round. A date counts when it is in the subject's
 * clause of a sentence whose subject is a round, opens the sentence, follows a start verb with
 * "on" ("began ... on June 28"), or lies within {@value #NEAR} tokens of a trigger or a verb of
 * meeting. A date after "previous meeting" dates an earlier round; a date after another event's
 * words ("since", "like last time") is skipped; a last day ("scheduled to complete on") counts only
 * when nothing else dates the round; a relative date inside a quotation ({@link Quoted}) dates it
 * only weakly; a dateline's date ({@link DatelineDate}) never does. When nothing does, the
 * sentence's one day dates it weakly.
 * Lists from {@code round-date-cues.txt}, {@code meeting-nouns.txt} [previous] and
 * {@code negotiation-verbs.txt} [start].
 *
 * <p>Stateless and thread-safe.
 */
public final class DateRule implements MentionRule {
    /** A date written out in full near the round. */
    static final double EXACT_DATE = 0.9;
    /** A relative date ("on Tuesday", "yesterday") near the round. */
    static final double RELATIVE_DATE = 0.7;
    /** The date of an earlier round ("the previous meeting on September 5"). */
    static final double PREVIOUS_ROUND_DATE = 0.8;
    /** The round's last day, not its start ("scheduled to complete on March 6"). */
    static final double LAST_DAY = 0.35;
    /** A relative date inside a quotation: it counts from the day of speaking, not of publication. */
    static final double QUOTED_RELATIVE = 0.4;
    /** The sentence's one day, far from the round's words. */
    static final double SENTENCE_DATE = 0.3;

    /** Tokens between a date and a trigger or verb of meeting. */
    static final int NEAR = 8;
    /** Tokens between a date and a start verb before "on". */
    private static final int NEAR_START = 12;
    /** A date this close to the sentence's start opens it. */
    private static final int OPENING_CHARS = 12;
    /** How far before a date its cue words are looked for. */
    private static final int CUE_CHARS = 40;
    private static final String ON = "on ";

    private static final Pattern OTHER_EVENT = Pattern.compile("\\b"
            + Lexicon.alternation("round-date-cues", "other-event") + "\\b[^,.;]{0,26}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREVIOUS_ROUND = Pattern.compile("\\b" + Lexicon.alternation("round-date-cues", "previous")
            + "\\s+" + Lexicon.alternation("meeting-nouns", "previous") + "\\b[^,.;]{0,26}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_DAY_CUE = Pattern.compile("\\b" + Lexicon.alternation("round-date-cues", "last-day")
            + Lexicon.macro("round-date-cues", "LAST_DAY_GAP") + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern START_VERB = Pattern.compile(
            "\\b" + Lexicon.alternation("negotiation-verbs", "start") + "\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public void apply(MentionContext context, RoundDraft draft) {
        Span ss = context.span();
        String st = context.text();
        String text = context.article().text();
        TokenView tv = context.tokens();
        List<int[]> anchors = Anchors.of(st, ss.start());
        List<int[]> starts = Anchors.matches(START_VERB, st, ss.start());
        boolean subject = Clauses.subjectTrigger(tv, ss, st);
        int mainEnd = ss.start() + Clauses.mainClauseEnd(st);
        for (DateMention d : context.article().get(Layers.DATES)) {
            if (DatelineDate.is(text, d.span())) {
                continue;
            }
            boolean opening = d.span().start() - ss.start() < OPENING_CHARS;
            boolean inSubjectClause = subject && d.span().start() < mainEnd;
            boolean startedOn = ss.contains(d.span()) && Anchors.near(tv, starts, d.span(), NEAR_START)
                    && text.substring(Math.max(ss.start(), d.span().start() - ON.length()), d.span().start()).equals(ON);
            if (ss.contains(d.span()) && (inSubjectClause || opening || startedOn || Anchors.near(tv, anchors, d.span(), NEAR))) {
                choose(draft, d, before(text, ss, d), d.relative() && Quoted.inside(text, ss.start(), d.span().start()));
            }
        }
        if (draft.date == null) {
            sentenceDate(context, draft);
        }
    }

    /** Weighs one date near the round against the date chosen so far. */
    private static void choose(RoundDraft draft, DateMention d, String before, boolean quoted) {
        if (PREVIOUS_ROUND.matcher(before).find() && draft.date == null) {
            draft.date = new Evidenced<>(d.date(), d.span(), PREVIOUS_ROUND_DATE);
            draft.previous = true;
            return;
        }
        if (otherEvent(before)) {
            return;
        }
        if (LAST_DAY_CUE.matcher(before).find()) {
            if (draft.date == null) {
                draft.date = new Evidenced<>(d.date(), d.span(), LAST_DAY);
            }
            return;
        }
        if (quoted) {
            if (draft.date == null) {
                draft.date = new Evidenced<>(d.date(), d.span(), QUOTED_RELATIVE);
            }
            return;
        }
        if (draft.date == null || draft.date.confidence() < RELATIVE_DATE || draft.date.confidence() < EXACT_DATE && !d.relative()) {
            draft.date = new Evidenced<>(d.date(), d.span(), d.relative() ? RELATIVE_DATE : EXACT_DATE);
        }
    }

    /** The one day the sentence gives: the round's date when nothing closer dates it. */
    private static void sentenceDate(MentionContext context, RoundDraft draft) {
        Span ss = context.span();
        String text = context.article().text();
        List<DateMention> inSentence = new ArrayList<>();
        for (DateMention d : context.article().get(Layers.DATES)) {
            if (ss.contains(d.span()) && !otherEvent(before(text, ss, d)) && !DatelineDate.is(text, d.span())) {
                inSentence.add(d);
            }
        }
        if (!inSentence.isEmpty() && inSentence.stream().allMatch(d -> d.date().equals(inSentence.get(0).date()))) {
            draft.date = new Evidenced<>(inSentence.get(0).date(), inSentence.get(0).span(), SENTENCE_DATE);
        }
    }

    private static String before(String text, Span ss, DateMention d) {
        return text.substring(Math.max(ss.start(), d.span().start() - CUE_CHARS), d.span().start());
    }

    /**
     * @param before the words before a date
     * @return true when they point to another event ("like last time on", "since", "earlier")
     */
    static boolean otherEvent(String before) {
        return OTHER_EVENT.matcher(before).find();
    }
}
