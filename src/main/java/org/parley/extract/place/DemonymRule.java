package org.parley.extract.place;

import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Gazetteers;

/**
 * Demonyms: "the Maltese capital" is a place (the country's capital city); any other demonym
 * ("Maltese officials") is an agent for its country. "the Maltese capital of X" is left for the
 * city rule. Stateless apart from the shared gazetteers; thread-safe.
 */
public final class DemonymRule implements PlaceRule {
    /** Confidence of a capital named only as "the Maltese capital". */
    static final double DEMONYM_CAPITAL = 0.7;

    private final Gazetteers gaz = Gazetteers.get();

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        int to = scan.to();
        Optional<Country> demonym = gaz.countries().byDemonym(tv.word(i));
        if (demonym.isEmpty()) {
            return i;
        }
        Country country = demonym.get();
        if (i + 1 < to && tv.lower(i + 1).equals("capital") && country.capital() != null
                && !(i + 2 < to && tv.lower(i + 2).equals("of"))) {
            Optional<City> capital = gaz.cities().best(country.capital(), country.code());
            if (capital.isPresent()) {
                Span span = tv.span(i, i + 2);
                scan.places().add(new PlaceMention(span, tv.article().text(span), Places.city(capital.get()), false,
                        DEMONYM_CAPITAL));
                return i + 2;
            }
        }
        Span span = tv.span(i, i + 1);
        scan.agents().add(AgentRef.country(span, tv.article().text(span), country.code(), country.name(),
                AgentRef.Form.DEMONYM));
        return i + 1;
    }
}
