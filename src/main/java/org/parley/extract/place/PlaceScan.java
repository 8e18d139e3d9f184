package org.parley.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.NameMention;
import org.parley.article.PlaceMention;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;

/**
 * One sentence being scanned by the place rules: the tokens, the name finder's names, the
 * sentence's token range and country hint, the countries the article names, the towns accepted in the article, and the place and
 * agent mentions found so far (rules append to them). Not thread-safe: one per sentence scan.
 */
public final class PlaceScan {
    private final TokenView tv;
    private final List<NameMention> names;
    private final int from;
    private final int to;
    private final String countryHint;
    private final Map<String, City> towns;
    private final List<PlaceMention> places;
    private final List<AgentRef> agents;
    private final Set<String> articleCountries;

    /**
     * @param tv          the article's tokens
     * @param names       the name finder's mentions
     * @param from        the sentence's first token
     * @param to          the token after the sentence
     * @param countryHint the country the sentence names first, or null
     * @param towns       small towns accepted in the article, by name key
     * @param places      where place mentions go
     * @param agents      where agent mentions go
     */
    public PlaceScan(TokenView tv, List<NameMention> names, int from, int to, String countryHint,
                     Map<String, City> towns, List<PlaceMention> places, List<AgentRef> agents) {
        this(tv, names, from, to, countryHint, towns, places, agents, PlaceCues.articleCountries(tv));
    }

    /**
     * @param tv               the article's tokens
     * @param names            the name finder's mentions
     * @param from             the sentence's first token
     * @param to               the token after the sentence
     * @param countryHint      the country the sentence names first, or null
     * @param towns            small towns accepted in the article, by name key
     * @param places           where place mentions go
     * @param agents           where agent mentions go
     * @param articleCountries the countries the article names ({@link PlaceCues#articleCountries})
     */
    public PlaceScan(TokenView tv, List<NameMention> names, int from, int to, String countryHint,
                     Map<String, City> towns, List<PlaceMention> places, List<AgentRef> agents,
                     Set<String> articleCountries) {
        this.tv = tv;
        this.names = names;
        this.from = from;
        this.to = to;
        this.countryHint = countryHint;
        this.towns = towns;
        this.places = places;
        this.agents = agents;
        this.articleCountries = Set.copyOf(articleCountries);
    }

    /**
     * A scan of one sentence that collects into fresh lists (for rules tried on their own).
     *
     * @param tv       the article's tokens
     * @param names    the name finder's mentions
     * @param sentence the sentence's index
     * @param towns    small towns accepted in the article, by name key
     * @return the scan
     */
    public static PlaceScan of(TokenView tv, List<NameMention> names, int sentence, Map<String, City> towns) {
        int from = tv.sentenceFrom(sentence);
        int to = tv.sentenceTo(sentence);
        return new PlaceScan(tv, names, from, to, PlaceCues.sentenceCountryHint(tv, from, to), towns,
                new ArrayList<>(), new ArrayList<>());
    }

    /** @return the article's tokens */
    public TokenView tv() {
        return tv;
    }

    /** @return the name finder's mentions */
    public List<NameMention> names() {
        return names;
    }

    /** @return the sentence's first token */
    public int from() {
        return from;
    }

    /** @return the token after the sentence */
    public int to() {
        return to;
    }

    /** @return the country the sentence names first, or null */
    public String countryHint() {
        return countryHint;
    }

    /** @return small towns accepted in the article, by name key */
    public Map<String, City> towns() {
        return towns;
    }

    /** @return the place mentions found so far */
    public List<PlaceMention> places() {
        return places;
    }

    /** @return the countries the article names anywhere, as ISO codes */
    public Set<String> articleCountries() {
        return articleCountries;
    }

    /** @return the agent mentions found so far */
    public List<AgentRef> agents() {
        return agents;
    }
}
