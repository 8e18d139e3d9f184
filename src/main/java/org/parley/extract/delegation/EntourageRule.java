package org.parley.extract.delegation;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * A leader's entourage as their delegation: "Jane Roe was accompanied by John Doe and Ana Silva",
 * "He arrived with John Doe" ({@code membership-cues.txt} [entourage]). The person before the
 * cue (or the one a subject pronoun stands for: the last person named in this or the previous
 * sentence) heads a delegation of their country; the people named after the cue in the sentence
 * are its members. A leader with no known country makes no delegation.
 *
 * <p>Input: the context; output: drafts with head and members. Immutable and thread-safe.
 */
public final class EntourageRule implements DelegationRule {
    /** The person accompanied heads the delegation. */
    static final double ACCOMPANIED_HEAD = 0.6;
    /** Someone named as accompanying them is a member. */
    static final double ENTOURAGE_MEMBER = 0.55;
    private static final Pattern CUE = Pattern.compile("\\b" + Lexicon.alternation("membership-cues", "entourage") + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRONOUNS = Lexicon.lowerWords("owner-pronouns", "subject");

    @Override
    public void apply(DelegationContext ctx) {
        Matcher m = CUE.matcher(ctx.text);
        while (m.find()) {
            int cueToken = ctx.tv.tokenAt(m.start());
            if (cueToken > 0 && !ctx.tv.masked(cueToken)) {
                entourage(ctx, cueToken, new Span(m.start(), m.end()));
            }
        }
    }

    private static void entourage(DelegationContext ctx, int cueToken, Span cue) {
        TokenView tv = ctx.tv;
        int sentence = tv.get(cueToken).sentence();
        PersonMention leader = leader(ctx, cueToken, sentence);
        String cc = leader == null ? null : ctx.countryOfPerson(leader.name());
        if (cc == null) {
            return;
        }
        DelegationDraft d = null;
        for (PersonMention p : ctx.persons) {
            if (p.span().start() >= cue.end() && tv.sentenceOf(p.span()) == sentence && !p.name().equals(leader.name())) {
                if (d == null) {
                    AgentRef side = AgentRef.country(leader.span(), leader.text(), cc, cc, AgentRef.Form.NAME);
                    d = ctx.findOrOpen(side, cue, ctx.roundOf(cue));
                    if (d.head == null) {
                        d.head = new Evidenced<>(leader.name(), leader.span(), ACCOMPANIED_HEAD);
                    }
                }
                if (d.isNew(p.name())) {
                    d.members.add(new Evidenced<>(p.name(), p.span(), ENTOURAGE_MEMBER));
                }
            }
        }
    }

    /** The person right before the cue in its sentence, or the one the subject pronoun stands for. */
    private static PersonMention leader(DelegationContext ctx, int cueToken, int sentence) {
        TokenView tv = ctx.tv;
        int subject = tv.sentenceFrom(sentence);
        boolean pronoun = PRONOUNS.contains(tv.lower(subject));
        PersonMention last = null;
        for (PersonMention p : ctx.persons) {
            int ps = tv.sentenceOf(p.span());
            int start = tv.tokenAt(p.span().start());
            boolean here = ps == sentence && start < cueToken;
            boolean before = pronoun && ps == sentence - 1;
            if (here || before && (last == null || tv.sentenceOf(last.span()) < sentence)) {
                last = p;
            }
        }
        return last;
    }
}
