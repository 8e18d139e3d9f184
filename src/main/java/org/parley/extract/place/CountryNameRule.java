package org.parley.extract.place;

import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Gazetteers;

/**
 * Country names, longest first ("Bosnia and Herzegovina", "Malta"): each is both a place and an
 * agent; not when the name opens a city's ("Mexico City", "Kuwait City"), which the city rule takes. Stateless apart from the shared gazetteers; thread-safe.
 */
public final class CountryNameRule implements PlaceRule {
    /** Confidence of a country named by one of its gazetteer names. */
    static final double COUNTRY_NAME = 0.95;
    /** The longest country name, in tokens. */
    private static final int MAX_NAME_TOKENS = 6;

    private final Gazetteers gaz = Gazetteers.get();

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        for (int n = Math.min(MAX_NAME_TOKENS, scan.to() - i); n >= 1; n--) {
            if (!NameRuns.nameRun(tv, i, n)) {
                continue;
            }
            String candidate = tv.words(i, i + n);
            Optional<Country> c = gaz.countries().byName(candidate);
            if (c.isPresent() && !NameRuns.lowerCaseStart(candidate) && !startsCityName(tv, i, n, scan.to())) {
                Span span = tv.span(i, i + n);
                String text = tv.article().text(span);
                Country country = c.get();
                scan.places().add(new PlaceMention(span, text, Places.country(country), false, COUNTRY_NAME));
                scan.agents().add(AgentRef.country(span, text, country.code(), country.name(), AgentRef.Form.NAME));
                return i + n;
            }
        }
        return i;
    }

    /** True when the country's name and the next word are a city's own name ("Mexico City", "Kuwait City"). */
    private boolean startsCityName(TokenView tv, int i, int n, int to) {
        return i + n < to && tv.capitalized(i + n) && !gaz.cities().lookupPrimary(tv.words(i, i + n + 1)).isEmpty();
    }
}
