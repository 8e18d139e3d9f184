package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.Credit;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Quote;
import org.parley.article.Span;
import org.parley.extract.quote.AfterQuoteRule;
import org.parley.extract.quote.BeforeQuoteRule;
import org.parley.extract.quote.ContinuationRule;
import org.parley.extract.quote.InvertedSpeakerRule;
import org.parley.extract.quote.QuoteContext;
import org.parley.extract.quote.QuoteMarks;
import org.parley.extract.quote.RoleResolver;
import org.parley.extract.quote.Segment;
import org.parley.extract.quote.Segmenter;
import org.parley.extract.quote.Speaker;
import org.parley.extract.quote.Statements;
import org.parley.nlp.Stage;

/**
 * Finds direct quotes and attributes them to a person of the PERSONS layer.
 *
 * <p><b>Quoted segments</b> (span and text without the marks, without surrounding white space
 * and a trailing comma). Double quotes, straight or curly (an opening “ or " after white
 * space or an opening bracket or dash, closed by ” or "; mixed pairs such as “...\" are
 * accepted), «...», and ‘...’ (closed by a ’ not followed by a letter, so "Ukraine’s" does not
 * close it). Marks inside an open double quote are part of it. A quote still open at a line end
 * is closed there; when the next paragraph opens a quote again, the two are one statement
 * continued across paragraphs. A quote can span several sentences.
 *
 * <p><b>Statements, not scare quotes.</b> A segment is a statement when it has at least five
 * words, or at least three words and starts with a capital letter (a full quoted clause).
 * Shorter segments and lower-case fragments under five words ("the end", "pathetic shrieks",
 * "consultations", "tiny sliver of hope") are skipped.
 *
 * <p><b>Attribution</b>, in this order (speech verbs: said, says, told, added, stated, stating,
 * announced, claimed, noted, warned, stressed, wrote, ... and "according to"):
 * <ol>
 *   <li>after the closing mark, on the same line: a speaker then a verb ("...,” Lavrov said",
 *       "he added", "the Turkish minister said", "..., Ukraine foreign minister Dmytro Kuleba said")
 *       with at most six words (a title) before the speaker and only an adverb after it, or a
 *       verb then a speaker ("...,” said Horacio Serpa") with only capitalised title words
 *       between them;</li>
 *   <li>before the opening mark, in the sentence holding it: the last speech verb at most twelve
 *       words before the mark, and the last speaker before that verb ("X said: “...”", "X told
 *       reporters “...”", "X emphasized the urgency, stating, “...”"), else one right after it;</li>
 *   <li>continuation: a statement with no attribution of its own that follows an attributed one
 *       in the same paragraph (with no other person mentioned in between), or continues it from
 *       the previous paragraph, has the same speaker.</li>
 * </ol>
 * Speakers are: person mentions (PERSONS, minus those inside CREDITS spans, minus those inside
 * quotes); the pronouns "he"/"she", resolved to the first person (or resolved role phrase) of
 * the nearest of the five sentences before the pronoun that names one (the subject is usually
 * first); and role phrases "the [Nationality] role" ("the Turkish minister", "the Russian
 * president", "the spokesman"), resolved to the person of PERSONS whose role contains the role
 * word and, when an adjective is given, whose country matches it (from
 * lexicon {@code demonyms.txt}); when several match, the one mentioned last before
 * the phrase. An outlet ("according to Reuters", "per CNN") is never a speaker since it is no
 * person mention.
 *
 * <p>Rules (package {@code org.parley.extract.quote}), in this order: {@link Segmenter} (quoted
 * segments, marks from {@link QuoteMarks}), {@link Statements} (statements, not scare quotes),
 * then per statement {@link AfterQuoteRule}, {@link BeforeQuoteRule} (both with
 * {@link InvertedSpeakerRule}), {@link ContinuationRule}; the first that finds a speaker wins.
 * Speaker candidates come from {@link QuoteContext} and {@link RoleResolver}; the word lists
 * from the lexicon ({@code quote-marks.txt}, {@code speech-verbs.txt}, {@code speech-adverbs.txt},
 * {@code speaker-pronouns.txt}, {@code speaker-roles.txt}, {@code demonyms.txt}).
 *
 * <p>Confidence: {@link Speaker#NAMED} for a named speaker, {@link Speaker#INDIRECT} for a
 * pronoun or role phrase, {@link Speaker#CONTINUED} for a continuation.
 *
 * <p>Requires SENTENCES, TOKENS, PERSONS and CREDITS; provides QUOTES (sorted by span).
 * Stateless after construction and thread-safe.
 */
public final class QuoteStage implements Stage {
    private final Segmenter segmenter = new Segmenter(new QuoteMarks());
    private final RoleResolver roles;
    private final AfterQuoteRule after;
    private final BeforeQuoteRule before;
    private final ContinuationRule continuation = new ContinuationRule();

    /** Loads the word lists and nationality adjectives from the lexicon. */
    public QuoteStage() {
        roles = new RoleResolver();
        InvertedSpeakerRule inverted = new InvertedSpeakerRule();
        after = new AfterQuoteRule(inverted);
        before = new BeforeQuoteRule(inverted);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.PERSONS, Layers.CREDITS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public void process(Article article) {
        String text = article.text();
        List<Segment> segments = segmenter.segments(text);
        List<Span> quoted = segments.stream()
                .map(s -> new Span(s.open(), Math.min(text.length(), s.close() + 1))).toList();
        List<Credit> credits = article.get(Layers.CREDITS);
        List<PersonMention> persons = article.get(Layers.PERSONS).stream()
                .filter(p -> credits.stream().noneMatch(c -> c.span().overlaps(p.span())))
                .sorted(Comparator.comparing(PersonMention::span)).toList();
        QuoteContext ctx = new QuoteContext(text, article.get(Layers.SENTENCES), persons, quoted, roles);
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        List<Segment> pending = new ArrayList<>();
        for (Segment seg : segments) {
            boolean statement = Statements.isStatement(text, seg);
            Speaker speaker = statement ? speaker(ctx, seg, previous) : null;
            if (speaker == null) {
                // an open statement may be continued in the next paragraph; a closed scare quote
                // does not break a speaker's run of statements
                if (statement && !seg.terminated()) {
                    pending.add(seg);
                } else {
                    pending.clear();
                }
                if (statement || !seg.terminated()) {
                    previous = null;
                }
                continue;
            }
            if (seg.continuation()) {
                for (Segment p : pending) {
                    out.add(quote(text, p, new Speaker(speaker.span(), speaker.name(), Speaker.CONTINUED)));
                }
            }
            pending.clear();
            Quote q = quote(text, seg, speaker);
            out.add(q);
            previous = q;
        }
        out.sort(Comparator.comparing(Quote::span));
        article.put(Layers.QUOTES, out);
    }

    /** The rules in order: after the quote, before it, continuing the previous quote. */
    private Speaker speaker(QuoteContext ctx, Segment seg, Quote previous) {
        Speaker speaker = after.find(ctx, seg);
        if (speaker == null) {
            speaker = before.find(ctx, seg);
        }
        if (speaker == null && previous != null && continuation.continues(ctx, previous, seg)) {
            speaker = new Speaker(previous.speakerSpan(), previous.speaker(), Speaker.CONTINUED);
        }
        return speaker;
    }

    private static Quote quote(String text, Segment seg, Speaker speaker) {
        return new Quote(seg.inner(), seg.inner().of(text), speaker.span(), speaker.name(), speaker.confidence());
    }
}
