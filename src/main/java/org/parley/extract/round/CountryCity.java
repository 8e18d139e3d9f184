package org.parley.extract.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.article.Evidenced;
import org.parley.article.Place;
import org.parley.article.PlaceMention;

/**
 * The city of a round placed only at a country: when a round's most specific place is a country
 * ("peace talks in Kenya") and the article names exactly one city of that country as a place ("the
 * envoys arrived in Nairobi on Sunday"; "the meeting in Kenya's capital Nairobi"; a dateline), the
 * round is held in that city. Cities named as actors ("Nairobi said") do not count, and two or more
 * cities of the country leave the round at the country, since the text does not say which.
 *
 * <p>Stateless and thread-safe.
 */
public final class CountryCity {
    /** The one city the article names in the country the round is placed in. */
    static final double CITY_OF_COUNTRY = 0.5;

    private CountryCity() {
    }

    /**
     * @param rounds the article's rounds; those placed only at a country may gain a city
     * @param places the article's place mentions, in article order
     */
    public static void apply(List<RoundDraft> rounds, List<PlaceMention> places) {
        for (RoundDraft round : rounds) {
            Evidenced<Place> main = round.mainPlace();
            if (main != null && main.value().kind() == Place.Kind.COUNTRY && main.value().countryCode() != null) {
                PlaceMention city = onlyCity(places, main.value().countryCode());
                if (city != null) {
                    round.places.add(new Evidenced<>(city.place(), city.span(), CITY_OF_COUNTRY));
                }
            }
        }
    }

    /** The first mention of the one city of the country the article names as a place, or null. */
    static PlaceMention onlyCity(List<PlaceMention> places, String countryCode) {
        Map<String, PlaceMention> cities = new LinkedHashMap<>();
        for (PlaceMention p : places) {
            Place place = p.place();
            if (!p.actor() && place.kind() == Place.Kind.CITY && countryCode.equals(place.countryCode())) {
                cities.putIfAbsent(place.key(), p);
            }
        }
        return cities.size() == 1 ? cities.values().iterator().next() : null;
    }
}
