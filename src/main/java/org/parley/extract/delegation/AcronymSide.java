package org.parley.extract.delegation;

import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * A non-state side known only by its acronym, right before a delegation noun ("the ABC
 * delegation", "XYZ negotiators"): the acronym (upper-case letters, digits and hyphens, not an
 * agent already) names an organisation side. Not for "team", which names sports and newsroom
 * teams as often.
 *
 * <p>Input: the context and a team noun's token; output: the side or null. Immutable and
 * thread-safe.
 */
public final class AcronymSide {
    private static final Set<String> TEAMS = Lexicon.words("delegation-nouns", "acronym-teams");
    /** An acronym: an upper-case letter, then at least one more upper-case letter, digit or hyphen. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d-]*[\\p{Lu}\\d]");

    /**
     * @param ctx  the article's context
     * @param team the team noun's token
     * @return the organisation the acronym names, or null
     */
    public AgentRef side(DelegationContext ctx, int team) {
        TokenView tv = ctx.tv;
        int k = team - 1;
        if (k < 0 || !TEAMS.contains(tv.lower(team)) || tv.get(k).sentence() != tv.get(team).sentence()) {
            return null;
        }
        String word = tv.word(k);
        if (!ACRONYM.matcher(word).matches() || ctx.agentAt(tv.get(k).span()) != null
                || ACRONYM.matcher(tv.word(team)).matches()) {
            return null;
        }
        return AgentRef.organization(tv.get(k).span(), word, word, AgentRef.Form.NAME);
    }
}
