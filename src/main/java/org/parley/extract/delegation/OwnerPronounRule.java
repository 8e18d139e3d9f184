package org.parley.extract.delegation;

import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * "spotted in his delegation": the person the pronoun stands for (the nearest one named before
 * it, in this sentence or the one before, who represents a country) heads a delegation of that
 * country; other people named before the pronoun in its sentence are members ("Jane Roe, the
 * minister's aide, was also spotted in his delegation").
 *
 * <p>Input: the context and a team noun's token with no side of its own; output: a draft with
 * head and members. Immutable and thread-safe.
 */
public final class OwnerPronounRule {
    private static final Set<String> POSSESSIVES = Lexicon.words("owner-pronouns", "possessive");
    /** The person the possessive pronoun stands for heads the delegation. */
    static final double OWNER_HEAD = 0.6;
    /** Someone named in the pronoun's sentence before it is in the owner's delegation. */
    static final double COMPANION = 0.55;

    /**
     * @param ctx  the article's context
     * @param team the team noun's token
     */
    public void apply(DelegationContext ctx, int team) {
        TokenView tv = ctx.tv;
        if (team <= 0 || !POSSESSIVES.contains(tv.lower(team - 1))) {
            return;
        }
        int at = tv.get(team - 1).span().start();
        int sentence = tv.get(team).sentence();
        PersonMention owner = null;
        String cc = null;
        for (PersonMention p : ctx.persons) {
            int ps = tv.sentenceOf(p.span());
            String country = ctx.countryOfPerson(p.name());
            if (p.span().end() <= at && ps >= sentence - 1 && ps <= sentence && country != null) {
                owner = p;
                cc = country;
            }
        }
        if (owner == null) {
            return;
        }
        AgentRef side = AgentRef.country(owner.span(), owner.text(), cc, cc, AgentRef.Form.NAME);
        int round = ctx.roundOf(tv.get(team).span());
        DelegationDraft d = ctx.findOrOpen(side, tv.get(team - 1).span().union(tv.get(team).span()), round);
        if (d.head == null) {
            d.head = new Evidenced<>(owner.name(), owner.span(), OWNER_HEAD);
        }
        for (PersonMention p : ctx.persons) {
            if (tv.sentenceOf(p.span()) == sentence && p.span().end() <= at && !p.name().equals(owner.name())
                    && d.isNew(p.name())) {
                d.members.add(new Evidenced<>(p.name(), p.span(), COMPANION));
            }
        }
    }
}
