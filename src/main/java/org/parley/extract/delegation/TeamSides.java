package org.parley.extract.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * The sides named around a team noun: before it ("the Russian delegation", "Russia and
 * Ukraine’s delegations", with up to three modifiers between) or after "from"/"of" ("delegations
 * from Ukraine and Russia", "the delegation of Turkey"), stopping at a group noun of its own
 * ("and the United Nations representatives"); "their country's delegation" goes to {@link OwnCountrySide}, a capital or camp ("the regime
 * delegation") to {@link GovernmentSide}, an unknown acronym ("the ABC delegation") to
 * {@link AcronymSide}.
 *
 * <p>Input: the context and a team noun's token; output: its sides in text order. Immutable and
 * thread-safe.
 */
public final class TeamSides {
    private static final Set<String> TEAM = Lexicon.words("delegation-nouns", "team");
    private static final Pattern MODIFIERS = Pattern.compile(Lexicon.alternation("delegation-nouns", "modifiers"));
    private static final Set<String> PREPOSITIONS = Lexicon.words("delegation-nouns", "side-prepositions");
    private static final Set<String> JOINERS = Lexicon.words("delegation-nouns", "side-joiners");
    private static final Set<String> PEOPLE_NOUNS = Lexicon.words("people-nouns", "groups");
    /** At most this many modifiers between a side and its team noun. */
    private static final int MAX_MODIFIERS = 3;
    /** Sides after a preposition are looked for in this many tokens after the team noun. */
    private static final int AFTER_REACH = 12;

    /**
     * @param lowerToken a lower-cased token
     * @return whether it is a team noun ("delegation", "negotiators")
     */
    public static boolean isTeamNoun(String lowerToken) {
        return TEAM.contains(lowerToken);
    }

    /**
     * @param ctx the article's context
     * @param i   the team noun's token
     * @return the sides named, in text order
     */
    public List<AgentRef> sides(DelegationContext ctx, int i) {
        TokenView tv = ctx.tv;
        AgentRef government = GOVERNMENT.side(ctx, i);
        if (government != null) {
            return List.of(government);
        }
        List<AgentRef> before = before(ctx, i);
        if (!before.isEmpty()) {
            return before;
        }
        AgentRef acronym = ACRONYM.side(ctx, i);
        if (acronym != null) {
            return List.of(acronym);
        }
        List<AgentRef> out = new ArrayList<>();
        int sentence = tv.get(i).sentence();
        int j = i + 1;
        if (j < tv.size() && PREPOSITIONS.contains(tv.lower(j))) {
            for (int m = j + 1; m < Math.min(tv.size(), j + AFTER_REACH) && tv.get(m).sentence() == sentence; m++) {
                AgentRef a = ctx.agentAt(tv.get(m).span());
                AgentRef next = m + 1 < tv.size() ? ctx.agentAt(tv.get(m + 1).span()) : null;
                if (a != null && a.form() == AgentRef.Form.DEMONYM && next != null && next != a
                        && next.kind() == AgentRef.Kind.ORGANIZATION) {
                    continue;
                }
                int after = a == null ? -1 : tv.tokenAt(a.span().end() - 1) + 1;
                if (a != null && after < tv.size() && PEOPLE_NOUNS.contains(tv.lower(after))) {
                    break;
                }
                if (a != null) {
                    out.add(a);
                } else if (!JOINERS.contains(tv.lower(m))) {
                    break;
                }
            }
        }
        return out;
    }

    private static final OwnCountrySide OWN_COUNTRY = new OwnCountrySide();
    private static final GovernmentSide GOVERNMENT = new GovernmentSide();
    private static final AcronymSide ACRONYM = new AcronymSide();

    private static List<AgentRef> before(DelegationContext ctx, int i) {
        TokenView tv = ctx.tv;
        int sentence = tv.get(i).sentence();
        List<AgentRef> out = new ArrayList<>();
        int k = i - 1;
        while (k >= 0 && k >= i - MAX_MODIFIERS && MODIFIERS.matcher(tv.lower(k)).matches()) {
            k--;
        }
        if (k >= 0 && (tv.get(k).text().equals("’s") || tv.get(k).text().equals("'s"))) {
            k--;
        }
        AgentRef own = k >= 0 ? OWN_COUNTRY.side(ctx, k) : null;
        if (own != null) {
            out.add(own);
            return out;
        }
        if (k >= 0 && tv.get(k).sentence() == sentence) {
            AgentRef a = ctx.agentAt(tv.get(k).span());
            if (a != null) {
                out.add(a);
                if (k - 2 >= 0 && tv.lower(k - 1).equals("and")) {
                    AgentRef b = ctx.agentAt(tv.get(k - 2).span());
                    if (b != null) {
                        out.add(0, b);
                    }
                }
            }
        }
        return out;
    }
}
