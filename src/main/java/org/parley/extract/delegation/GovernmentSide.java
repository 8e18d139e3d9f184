package org.parley.extract.delegation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Countries;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.lexicon.Lexicon;

/**
 * Sides that are a state's government or camp rather than its name: a capital standing for its
 * government ("the Mogadishu delegation": Somalia), and a camp word ("the regime delegation", "the
 * Syrian opposition delegation", "the delegation representing the Assad regime"), named by the
 * demonym before the camp word, else by the country the article names most (not as a venue:
 * "talks in Mexico"), plus the camp ("Syrian government", "Syrian opposition").
 *
 * <p>Input: the context and a team noun's token; output: the side or null. Immutable and
 * thread-safe.
 */
public final class GovernmentSide {
    private static final Map<String, String> CAMPS = ArrowEntries.read("government-sides", "camps");
    private static final Set<String> PREPOSITIONS = Lexicon.words("delegation-nouns", "side-prepositions");
    private static final Set<String> VENUE_CUES = Lexicon.lowerWords("locative-prepositions", "venue");
    /** How many tokens after a preposition the camp word may come ("representing the Assad regime"). */
    private static final int CAMP_REACH = 4;
    private final Countries countries = Gazetteers.get().countries();

    /**
     * @param ctx  the article's context
     * @param team the team noun's token
     * @return the government or camp side, or null
     */
    public AgentRef side(DelegationContext ctx, int team) {
        TokenView tv = ctx.tv;
        int before = team - 1;
        if (before >= 0 && tv.get(before).sentence() == tv.get(team).sentence()) {
            AgentRef capital = capital(tv, before);
            if (capital != null) {
                return capital;
            }
            if (CAMPS.containsKey(tv.lower(before))) {
                return camp(ctx, before);
            }
        }
        if (team + 1 < tv.size() && PREPOSITIONS.contains(tv.lower(team + 1))) {
            for (int k = team + 2; k < Math.min(tv.size(), team + 2 + CAMP_REACH); k++) {
                if (tv.get(k).sentence() != tv.get(team).sentence()) {
                    break;
                }
                if (CAMPS.containsKey(TokenView.stripPossessive(tv.lower(k)))) {
                    return camp(ctx, k);
                }
            }
        }
        return null;
    }

    private AgentRef capital(TokenView tv, int k) {
        if (!tv.capitalized(k)) {
            return null;
        }
        String word = tv.word(k);
        for (Country c : countries.all()) {
            if (word.equals(c.capital()) && countries.isSovereign(c)) {
                return AgentRef.country(tv.get(k).span(), word, c.code(), c.name(), AgentRef.Form.CAPITAL);
            }
        }
        return null;
    }

    private AgentRef camp(DelegationContext ctx, int k) {
        TokenView tv = ctx.tv;
        AgentRef named = k > 0 ? ctx.agentAt(tv.get(k - 1).span()) : null;
        String code = named != null && named.kind() == AgentRef.Kind.COUNTRY ? named.countryCode() : mostNamed(ctx);
        Optional<Country> country = code == null ? Optional.empty() : countries.byCode(code);
        if (country.isEmpty() || country.get().demonyms().isEmpty()) {
            return null;
        }
        Span span = tv.get(k).span();
        String label = country.get().demonyms().get(0) + " " + CAMPS.get(TokenView.stripPossessive(tv.lower(k)));
        return AgentRef.organization(span, tv.word(k), label, AgentRef.Form.NAME);
    }

    /**
     * The country the article names most often (the first named among equals), not counting
     * countries named as the place of something ("talks in Mexico"), or null.
     */
    static String mostNamed(DelegationContext ctx) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (AgentRef a : ctx.agents) {
            int t = ctx.tv.tokenAt(a.span().start());
            boolean venue = t > 0 && VENUE_CUES.contains(ctx.tv.lower(t - 1));
            if (a.kind() == AgentRef.Kind.COUNTRY && !venue) {
                int n = counts.merge(a.countryCode(), 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = a.countryCode();
                }
            }
        }
        return best;
    }
}
