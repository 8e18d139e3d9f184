package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Article;
import org.parley.article.Credit;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Quote;
import org.parley.article.Sentence;
import org.parley.article.Span;
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
 * {@code /org/parley/extract/demonyms.txt}); when several match, the one mentioned last before
 * the phrase. An outlet ("according to Reuters", "per CNN") is never a speaker since it is no
 * person mention.
 *
 * <p>Confidence: 0.9 for a named speaker, 0.75 for a pronoun or role phrase, 0.6 for a
 * continuation.
 *
 * <p>Requires SENTENCES, TOKENS, PERSONS and CREDITS; provides QUOTES (sorted by span).
 * Stateless after construction and thread-safe.
 */
public final class QuoteStage implements Stage {
    private static final PatternResource DEMONYMS = PatternResource.load("/org/parley/extract/demonyms.txt");
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(?:said|says|say|told|tells|added|adds|stated|states|stating|declared|declares|announced|announces"
                    + "|claimed|claims|asked|asks|replied|replies|noted|notes|explained|explains|insisted|insists"
                    + "|argued|argues|warned|warns|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|wrote|writes|tweeted"
                    + "|continued|concluded|recalled|acknowledged|admitted|urged|urging|saying|adding|remarked"
                    + "|commented|responded|answered|reiterated|underlined|underscored|affirmed|observed|suggested"
                    + "|predicted|pointed out|went on|according to)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    private static final Pattern ROLE_PHRASE = Pattern.compile(
            "\\b(?:the|The)\\s+(?:((?:North |South )?\\p{Lu}\\p{L}+)\\s+)?((?:(?:foreign|prime|deputy|defen[cs]e|vice|chief|top"
                    + "|interior|finance|trade)\\s+)?(minister|president|premier|chancellor|spokesman|spokeswoman"
                    + "|spokesperson|envoy|negotiator|ambassador|secretary|leader|diplomat|mediator|chairman|chair"
                    + "|secretary-general|king|emir|prince))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\s,.;:!?—–-]*");
    private static final Pattern SUBJECT_LEAD = Pattern.compile("[\\s,.;:!?—–-]*(?:[\\p{L}\\p{N}'’.-]+\\s+){0,6}");
    private static final Pattern ADVERB_GAP = Pattern.compile("\\s*(?:(?:also|then|later|again|\\w+ly)\\s+)?");
    private static final Pattern TITLE_GAP = Pattern.compile("\\s*(?:(?:the|The)\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,5}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final int AFTER_WINDOW = 150;
    private static final int AFTER_VERB_REACH = 60;
    private static final int BEFORE_VERB_WORDS = 12;
    private static final int PRONOUN_SENTENCES = 5;
    private static final double NAMED = 0.9;
    private static final double INDIRECT = 0.75;
    private static final double CONTINUED = 0.6;

    private final Map<String, String> demonyms = new HashMap<>();

    /** Loads the nationality adjectives from the classpath. */
    public QuoteStage() {
        for (String entry : DEMONYMS.entries("demonyms")) {
            int cut = entry.lastIndexOf(' ');
            demonyms.put(entry.substring(0, cut).strip().toLowerCase(Locale.ROOT), entry.substring(cut + 1).strip());
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.PERSONS, Layers.CREDITS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.QUOTES);
    }

    /** A quoted stretch of text. */
    private record Segment(Span inner, int open, int close, boolean terminated, boolean continuation) {
    }

    /** Who a quote rests on: the mention's span and the person's name. */
    private record Speaker(Span span, String name, double confidence) {
    }

    /** A speaker candidate in the text: a person mention, a pronoun or a role phrase. */
    private record Candidate(Span span, String name, boolean pronoun) {
    }

    @Override
    public void process(Article article) {
        String text = article.text();
        List<Segment> segments = segments(text);
        List<Span> quoted = segments.stream().map(s -> new Span(s.open, Math.min(text.length(), s.close + 1))).toList();
        List<Credit> credits = article.get(Layers.CREDITS);
        List<PersonMention> persons = article.get(Layers.PERSONS).stream()
                .filter(p -> credits.stream().noneMatch(c -> c.span().overlaps(p.span())))
                .sorted(Comparator.comparing(PersonMention::span)).toList();
        Context ctx = new Context(text, article.get(Layers.SENTENCES), persons, quoted);
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        List<Segment> pending = new ArrayList<>();
        for (Segment seg : segments) {
            if (!isStatement(text, seg)) {
                previous = seg.terminated ? previous : null;
                pending.clear();
                continue;
            }
            Speaker speaker = after(ctx, seg);
            if (speaker == null) {
                speaker = before(ctx, seg);
            }
            if (speaker == null && previous != null && continues(ctx, previous, seg)) {
                speaker = new Speaker(previous.speakerSpan(), previous.speaker(), CONTINUED);
            }
            if (speaker == null) {
                if (!seg.terminated) {
                    pending.add(seg);
                } else {
                    pending.clear();
                }
                previous = null;
                continue;
            }
            if (seg.continuation) {
                for (Segment p : pending) {
                    out.add(quote(text, p, new Speaker(speaker.span, speaker.name, CONTINUED)));
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

    private static Quote quote(String text, Segment seg, Speaker speaker) {
        return new Quote(seg.inner, seg.inner.of(text), speaker.span, speaker.name, speaker.confidence);
    }

    /** What attribution needs besides the segment: the text, sentences and speaker candidates. */
    private final class Context {
        final String text;
        final List<Sentence> sentences;
        final List<PersonMention> persons;
        final List<Span> quoted;
        final List<Candidate> candidates = new ArrayList<>();

        Context(String text, List<Sentence> sentences, List<PersonMention> persons, List<Span> quoted) {
            this.text = text;
            this.sentences = sentences;
            this.persons = persons;
            this.quoted = quoted;
            for (PersonMention p : persons) {
                add(new Candidate(p.span(), p.name(), false));
            }
            Matcher m = PRONOUN.matcher(text);
            while (m.find()) {
                add(new Candidate(new Span(m.start(), m.end()), null, true));
            }
            m = ROLE_PHRASE.matcher(text);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                String name = resolveRole(this, m.group(1), m.group(3), span.start());
                if (name == null && m.group(1) != null && !demonyms.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
                    name = resolveRole(this, null, m.group(3), span.start());
                }
                if (name != null) {
                    add(new Candidate(span, name, false));
                }
            }
            candidates.sort(Comparator.comparing(Candidate::span));
        }

        private void add(Candidate c) {
            if (quoted.stream().noneMatch(q -> q.overlaps(c.span()))
                    && candidates.stream().noneMatch(o -> o.span().overlaps(c.span()))) {
                candidates.add(c);
            }
        }

        Sentence sentenceAt(int offset) {
            for (Sentence s : sentences) {
                if (s.span().contains(offset)) {
                    return s;
                }
            }
            return null;
        }

        /** @return the candidate's person, resolving a pronoun; null when unresolved */
        Speaker speaker(Candidate c, double named) {
            if (!c.pronoun()) {
                boolean person = persons.stream().anyMatch(p -> p.span().equals(c.span()));
                return new Speaker(c.span(), c.name(), person ? named : INDIRECT);
            }
            String name = resolvePronoun(this, c.span().start());
            return name == null ? null : new Speaker(c.span(), name, INDIRECT);
        }
    }

    private String resolveRole(Context ctx, String adjective, String role, int at) {
        String code = adjective == null ? null : demonyms.get(adjective.toLowerCase(Locale.ROOT));
        if (adjective != null && code == null) {
            return null;
        }
        String head = role.toLowerCase(Locale.ROOT);
        Set<String> names = new LinkedHashSet<>();
        String lastBefore = null;
        for (PersonMention p : ctx.persons) {
            if (p.role() != null && p.role().toLowerCase(Locale.ROOT).contains(head)
                    && (code == null || code.equals(p.countryCode()))) {
                names.add(p.name());
                if (p.span().start() < at) {
                    lastBefore = p.name();
                }
            }
        }
        if (names.size() == 1) {
            return names.iterator().next();
        }
        return lastBefore;
    }

    private static String resolvePronoun(Context ctx, int at) {
        Sentence own = ctx.sentenceAt(at);
        if (own == null) {
            return null;
        }
        for (int i = own.index(); i >= Math.max(0, own.index() - PRONOUN_SENTENCES); i--) {
            Span s = ctx.sentences.get(i).span();
            for (Candidate c : ctx.candidates) {
                if (!c.pronoun() && s.contains(c.span()) && c.span().end() <= at) {
                    return c.name();
                }
            }
        }
        return null;
    }

    private Speaker after(Context ctx, Segment seg) {
        if (!seg.terminated) {
            return null;
        }
        String text = ctx.text;
        int from = seg.close + 1;
        int nl = text.indexOf('\n', from);
        int to = Math.min(nl < 0 ? text.length() : nl, from + AFTER_WINDOW);
        for (Span q : ctx.quoted) {
            if (q.start() >= from && q.start() < to) {
                to = q.start();
            }
        }
        Matcher verb = SPEECH_VERB.matcher(text).region(from, to);
        if (!verb.find() || verb.start() - from > AFTER_VERB_REACH) {
            return null;
        }
        for (Candidate c : ctx.candidates) {
            if (c.span().start() >= from && c.span().end() <= verb.start()
                    && SUBJECT_LEAD.matcher(text.substring(from, c.span().start())).matches()
                    && ADVERB_GAP.matcher(text.substring(c.span().end(), verb.start())).matches()) {
                return ctx.speaker(c, NAMED);
            }
        }
        if (PUNCTUATION_ONLY.matcher(text.substring(from, verb.start())).matches()) {
            return inverted(ctx, verb.end(), to);
        }
        return null;
    }

    private Speaker inverted(Context ctx, int verbEnd, int limit) {
        for (Candidate c : ctx.candidates) {
            if (c.span().start() >= verbEnd && c.span().end() <= limit && !c.pronoun()) {
                return TITLE_GAP.matcher(ctx.text.substring(verbEnd, c.span().start())).matches()
                        ? ctx.speaker(c, NAMED) : null;
            }
        }
        return null;
    }

    private Speaker before(Context ctx, Segment seg) {
        Sentence sentence = ctx.sentenceAt(seg.open);
        if (sentence == null || sentence.span().start() >= seg.open) {
            return null;
        }
        int from = sentence.span().start();
        Matcher verb = SPEECH_VERB.matcher(ctx.text).region(from, seg.open);
        int verbStart = -1;
        int verbEnd = -1;
        while (verb.find()) {
            verbStart = verb.start();
            verbEnd = verb.end();
        }
        if (verbStart < 0 || words(ctx.text.substring(verbEnd, seg.open)) > BEFORE_VERB_WORDS) {
            return null;
        }
        Candidate subject = null;
        for (Candidate c : ctx.candidates) {
            if (c.span().start() >= from && c.span().end() <= verbStart) {
                subject = c;
            }
        }
        if (subject != null) {
            return ctx.speaker(subject, NAMED);
        }
        return inverted(ctx, verbEnd, seg.open);
    }

    private static boolean continues(Context ctx, Quote previous, Segment seg) {
        if (seg.continuation) {
            return true;
        }
        int from = previous.span().end();
        String between = ctx.text.substring(from, seg.open);
        if (between.indexOf('\n') >= 0) {
            return false;
        }
        for (Candidate c : ctx.candidates) {
            if (!c.pronoun() && c.span().start() >= from && c.span().end() <= seg.open
                    && !c.span().equals(previous.speakerSpan())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStatement(String text, Segment seg) {
        String inner = seg.inner.of(text);
        int words = words(inner);
        if (words >= 5) {
            return true;
        }
        return words >= 3 && Character.isUpperCase(inner.codePointAt(0));
    }

    private static int words(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Finds the quoted segments of a text.
     *
     * @param text the article text
     * @return the segments in order
     */
    private static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        int open = -1;
        char kind = 0;
        boolean lastUnterminated = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if ((c == '“' || c == '"' || c == '„') && canOpen(text, i)) {
                    open = i;
                    kind = '"';
                } else if (c == '«') {
                    open = i;
                    kind = '«';
                } else if (c == '‘' && canOpen(text, i)) {
                    open = i;
                    kind = '‘';
                } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) != '\n'
                        && !Character.isWhitespace(text.charAt(i + 1))) {
                    lastUnterminated = false;
                }
                continue;
            }
            boolean close = switch (kind) {
                case '"' -> c == '”' || c == '"' && canClose(text, i);
                case '«' -> c == '»';
                default -> c == '’' && canClose(text, i);
            };
            if (close || c == '\n') {
                boolean continuation = lastUnterminated && isParagraphStart(text, open);
                Span inner = trim(text, open + 1, i);
                if (inner != null) {
                    out.add(new Segment(inner, open, close ? i : i - 1, close, continuation));
                }
                lastUnterminated = !close;
                open = -1;
            }
        }
        if (open >= 0) {
            Span inner = trim(text, open + 1, text.length());
            if (inner != null) {
                out.add(new Segment(inner, open, text.length() - 1, false,
                        lastUnterminated && isParagraphStart(text, open)));
            }
        }
        return out;
    }

    private static boolean isParagraphStart(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean canOpen(String text, int i) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0;
    }

    private static boolean canClose(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\'')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}
