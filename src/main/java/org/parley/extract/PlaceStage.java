package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.NameMention;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.place.CityRule;
import org.parley.extract.place.CompoundSidesRule;
import org.parley.extract.place.CountryNameRule;
import org.parley.extract.place.CuedTowns;
import org.parley.extract.place.DemonymRule;
import org.parley.extract.place.InstitutionRule;
import org.parley.extract.place.LocatedNameRule;
import org.parley.extract.place.PlaceCues;
import org.parley.extract.place.PlaceRule;
import org.parley.extract.place.PlaceScan;
import org.parley.extract.place.Places;
import org.parley.extract.place.GeoFeatureRule;
import org.parley.extract.place.NotPlaceRule;
import org.parley.extract.place.RegionRule;
import org.parley.extract.place.SeatRule;
import org.parley.extract.place.TownMentionRule;
import org.parley.extract.place.VenueRule;

/**
 * Finds places (countries, regions, cities, venues) and acting agents (countries, capitals used
 * for governments, institutions, organizations) by matching capitalized token runs against the
 * gazetteers, guided by the name finder's LOCATION/ORGANIZATION names and by local cues:
 * "region of Brest", "Gomel region", "the Mediterranean city of Antalya", "at the Dolmabahce
 * Palace", "Moscow said", "Kyiv’s response".
 *
 * <p>First {@link CuedTowns} collects the small towns the article names after a strong cue. Then
 * each sentence is scanned token by token; at each unmasked token the rules are tried in this
 * order and the first that matches consumes its tokens:
 * <ol>
 *   <li>{@link SeatRule}: an organization's seat as a venue ("at UN headquarters"); it consumes
 *       nothing, so the organization's name goes on to the next rule;</li>
 *   <li>{@link InstitutionRule}: institutions and organizations, longest match (any token);</li>
 *   <li>only at a capitalized token: {@link NotPlaceRule} (names in time zones, documents, events
 *       and job titles, consumed without a mention), {@link CompoundSidesRule} (hyphenated sides,
 *       "Russia-Ukraine"), {@link CountryNameRule}, {@link GeoFeatureRule} ("the Korean Peninsula",
 *       "Lake Geneva"), {@link DemonymRule} ("the Maltese capital"; otherwise an agent),
 *       {@link RegionRule}, {@link VenueRule}, {@link CityRule} (senses by {@link
 *       org.parley.extract.place.CitySense});</li>
 *   <li>when none of these matched: {@link TownMentionRule} (mentions of the cued towns), then
 *       {@link LocatedNameRule} (a name the name finder calls a location, after "in" or "at", that
 *       no gazetteer knows: a village, a camp).</li>
 * </ol>
 * Mentions are sorted by span.
 *
 * <p>Requires POS, NAMES, BOILERPLATE, CREDITS; provides PLACES and AGENTS. Stateless apart from
 * the shared gazetteers: thread-safe.
 */
public final class PlaceStage implements org.parley.nlp.Stage {
    private final PlaceRule seats = new SeatRule();
    private final PlaceRule institutions = new InstitutionRule();
    private final List<PlaceRule> nameRules = List.of(new NotPlaceRule(), new CompoundSidesRule(),
            new CountryNameRule(), new GeoFeatureRule(), new DemonymRule(), new RegionRule(), new VenueRule(),
            new CityRule());
    private final PlaceRule towns = new TownMentionRule();
    private final PlaceRule located = new LocatedNameRule();
    private final CuedTowns cuedTowns = new CuedTowns();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.POS, Layers.NAMES, Layers.BOILERPLATE, Layers.CREDITS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PLACES, Layers.AGENTS);
    }

    @Override
    public void process(Article article) {
        TokenView tv = new TokenView(article);
        List<NameMention> names = article.get(Layers.NAMES);
        List<PlaceMention> places = new ArrayList<>();
        List<AgentRef> agents = new ArrayList<>();
        Map<String, City> accepted = cuedTowns.find(tv, names);
        Set<String> countries = PlaceCues.articleCountries(tv);
        for (int s = 0; s < tv.sentences(); s++) {
            int from = tv.sentenceFrom(s);
            int to = tv.sentenceTo(s);
            String hint = PlaceCues.sentenceCountryHint(tv, from, to);
            scanSentence(new PlaceScan(tv, names, from, to, hint, accepted, places, agents, countries));
        }
        places.sort((a, b) -> a.span().compareTo(b.span()));
        agents.sort((a, b) -> a.span().compareTo(b.span()));
        article.put(Layers.PLACES, places);
        article.put(Layers.AGENTS, agents);
    }

    private void scanSentence(PlaceScan scan) {
        int i = scan.from();
        while (i < scan.to()) {
            if (scan.tv().masked(i)) {
                i++;
                continue;
            }
            int next = matchAt(scan, i);
            if (next <= i) {
                next = towns.match(scan, i);
            }
            if (next <= i) {
                next = located.match(scan, i);
            }
            i = Math.max(next, i + 1);
        }
    }

    /** Tries the rules in order at token i; returns the index after the match, or i when none matched. */
    private int matchAt(PlaceScan scan, int i) {
        seats.match(scan, i);
        int next = institutions.match(scan, i);
        if (next > i || !scan.tv().capitalized(i)) {
            return next;
        }
        for (PlaceRule rule : nameRules) {
            next = rule.match(scan, i);
            if (next > i) {
                return next;
            }
        }
        return i;
    }

    /**
     * @param c a country of the gazetteer
     * @return the place record of a country
     */
    public static Place countryPlace(Country c) {
        return Places.country(c);
    }

    /**
     * @param c a city of the gazetteer
     * @return the place record of a city
     */
    static Place cityPlace(City c) {
        return Places.city(c);
    }
}
