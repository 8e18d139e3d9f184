package org.parley.extract.person;

import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Title;

/**
 * The office title right before a name ("Greek Foreign Minister X") or before a prepositional
 * tail and the name ("Ambassador to Brazil X", "President of Finland X"), with the side named in
 * or before the title, else the country of the tail's of-phrase. Stateless and thread-safe.
 */
public final class RoleBeforeName {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How many tokens before the name a title right before it may start. */
    private static final int MAX_TITLE = 6;

    private RoleBeforeName() {
    }

    /**
     * @param tv       the article's tokens
     * @param agents   the agent covering each token
     * @param nameFrom index of the name's first token
     * @return the role, side and title tokens as evidence; empty when no title precedes the name
     */
    public static Optional<RoleFact> find(TokenView tv, AgentRef[] agents, int nameFrom) {
        int sentence = tv.get(nameFrom).sentence();
        for (int k = Math.max(0, nameFrom - MAX_TITLE); k < nameFrom; k++) {
            if (tv.get(k).sentence() != sentence) {
                continue;
            }
            Title t = TitleLookup.at(tv, k);
            if (t != null && k + t.tokenCount() == nameFrom) {
                return Optional.of(new RoleFact(t.role(), SideFinder.within(tv, agents, k, nameFrom, sentence),
                        k, nameFrom));
            }
        }
        return withTail(tv, agents, nameFrom, sentence);
    }

    private static Optional<RoleFact> withTail(TokenView tv, AgentRef[] agents, int nameFrom, int sentence) {
        int first = Math.max(0, nameFrom - TitleTails.MAX_TAIL - TitleTails.MAX_TITLE_BEFORE_TAIL);
        for (int k = first; k < nameFrom; k++) {
            if (tv.get(k).sentence() != sentence) {
                continue;
            }
            Title t = TitleLookup.at(tv, k);
            int end = t == null ? -1 : k + t.tokenCount();
            if (t == null || end >= nameFrom || !TitleTails.isTail(tv, end, nameFrom)) {
                continue;
            }
            Side side = SideFinder.within(tv, agents, k, end, sentence);
            String country = side.country() != null ? side.country()
                    : TitleTails.countryInOfPhrase(tv, agents, end, nameFrom);
            String role = t.role() + " " + SPACES.matcher(tv.article().text(tv.span(end, nameFrom))).replaceAll(" ");
            return Optional.of(new RoleFact(role, new Side(country, country == null ? side.affiliation() : null),
                    k, nameFrom));
        }
        return Optional.empty();
    }
}
