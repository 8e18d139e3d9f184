package org.parley.extract.delegation;

import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * "two Israeli officials said their country's delegation ...": the side of a team noun owned by
 * "their country's" is the country the speakers belong to, the nearest country named before the
 * possessive in its sentence, else the last one named in the sentence before.
 *
 * <p>Input: the context and the token of the noun "country"; output: the side or null. Immutable
 * and thread-safe.
 */
public final class OwnCountrySide {
    private static final Set<String> POSSESSIVES = Lexicon.words("owner-pronouns", "own-country-possessive");
    private static final Set<String> NOUNS = Lexicon.words("owner-pronouns", "own-country-nouns");

    /**
     * @param ctx  the article's context
     * @param noun the token that may be "country" in "their country's"
     * @return the country meant, or null when the tokens are not such a phrase or none is named
     */
    public AgentRef side(DelegationContext ctx, int noun) {
        TokenView tv = ctx.tv;
        if (noun < 1 || !NOUNS.contains(TokenView.stripPossessive(tv.lower(noun))) || !POSSESSIVES.contains(tv.lower(noun - 1))) {
            return null;
        }
        int at = tv.get(noun - 1).span().start();
        int sentence = tv.get(noun).sentence();
        AgentRef same = null;
        AgentRef previous = null;
        for (AgentRef a : ctx.agents) {
            if (a.kind() != AgentRef.Kind.COUNTRY || a.span().end() > at) {
                continue;
            }
            int s = tv.sentenceOf(a.span());
            if (s == sentence) {
                same = a;
            } else if (s == sentence - 1) {
                previous = a;
            }
        }
        return same != null ? same : previous;
    }
}
