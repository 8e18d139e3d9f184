package org.parley.extract.place;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.NameMention;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.Gazetteers;

/**
 * Cities of the main gazetteer, longest name first, in the sentence's country when it has one. A
 * city is taken when the name finder tagged it a location, when a locative cue precedes it ("in
 * X", "city, X"), or when it is a capital or a large city (at least {@link PlaceCues#BIG_CITY}
 * people); never when the name finder gave it another type without a cue or it is part of a
 * longer name (the name finder's name runs past it: "York" in "New York") or, without a cue, a
 * word that ends a person's name in the article ("Dimitrov" after "Nikola Dimitrov"), or a
 * smaller city's old or foreign alternate name ("Africa" for Mahdia). The sense
 * is chosen by {@link CitySense} and the label by {@link PlaceLabel}. A capital followed by a possessive (not "Kyiv's mayor") or a verb, or after "from"
 * and a plural noun ("envoys from Moscow"), is an actor: it also yields an agent for its country;
 * never one after a locative cue, direct or through an apposition ("the meeting in Kenya's capital
 * Nairobi ended").
 * Stateless apart from the shared gazetteers; thread-safe.
 */
public final class CityRule implements PlaceRule {
    /** Confidence of a city the name finder tagged as a location. */
    static final double CITY_NAME_FINDER = 0.9;
    /** Confidence of a city after a locative cue. */
    static final double CITY_CUED = 0.8;
    /** Confidence of a capital or large city taken on its size alone. */
    static final double CITY_BIG = 0.65;
    /** The longest city name, in tokens. */
    private static final int MAX_NAME_TOKENS = 3;
    private static final Pattern VERB_TAG = Pattern.compile("VB[DZPN]?|MD");

    private final Gazetteers gaz = Gazetteers.get();
    private final CitySense senses = new CitySense(gaz.cities());

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        for (int n = Math.min(MAX_NAME_TOKENS, scan.to() - i); n >= 1; n--) {
            if (!NameRuns.nameRun(tv, i, n)) {
                continue;
            }
            String name = tv.words(i, i + n);
            if (PlaceWords.NOT_PLACE.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<City> found = senses.choose(name, scan.countryHint());
            if (found.isPresent() && accept(scan, i, n, found.get())) {
                return i + n;
            }
        }
        return i;
    }

    /** Decides on a gazetteer city at [i, i+n) and, when taken, adds its mentions. */
    private boolean accept(PlaceScan scan, int i, int n, City city) {
        TokenView tv = scan.tv();
        int from = scan.from();
        int to = scan.to();
        Span span = tv.span(i, i + n);
        NameMention model = NameRuns.nameAt(scan.names(), span);
        boolean insideLonger = model != null && (model.span().start() < span.start() || model.span().end() > span.end());
        boolean modelLocation = model != null && model.type() == NameMention.NameType.LOCATION && !insideLonger;
        boolean modelOther = model != null && model.type() != NameMention.NameType.LOCATION;
        boolean cue = i > from && (PlaceWords.LOCATIVE.contains(tv.lower(i - 1)) || tv.lower(i - 1).equals(",")
                && i - 2 >= from && tv.lower(i - 2).equals("city"));
        boolean prevName = i > from + 1 && tv.capitalized(i - 1) && !PlaceCues.isDemonymOrTitleWord(tv, i - 1);
        boolean nextName = NameRuns.nameContinues(tv, i + n, to) && !PlaceCues.isNameBoundary(tv, i + n);
        boolean capital = gaz.cities().isCapital(city);
        boolean big = capital || city.population() >= PlaceCues.BIG_CITY;
        if (modelOther && !cue || (prevName || nextName) && !modelLocation || !(modelLocation || cue || big)
                || !cue && n == 1 && NameRuns.personNamePart(scan.names(), tv, i)
                || !cue && !big && city.population() < CitySense.WELL_KNOWN && !ownName(city, tv.words(i, i + n))) {
            return false;
        }
        boolean actor = capital && !cue && !PlaceCues.locativeApposition(tv, i, from) && actsAsGovernment(tv, i, n, from, to);
        double confidence = modelLocation ? CITY_NAME_FINDER : cue ? CITY_CUED : CITY_BIG;
        String text = tv.article().text(span);
        scan.places().add(new PlaceMention(span, text, Places.city(city, tv.words(i, i + n)), actor, confidence));
        if (actor) {
            gaz.countries().byCode(city.countryCode()).ifPresent(c -> scan.agents().add(AgentRef.country(span,
                    text, c.code(), c.name(), AgentRef.Form.CAPITAL)));
        }
        return true;
    }

    /** True when the name is the city's own (main or supplement) name, not an old or foreign alternate. */
    private boolean ownName(City city, String name) {
        return gaz.cities().lookupPrimary(name).contains(city);
    }

    /** "Moscow's response", "Kyiv said", "envoys from Moscow": a capital standing for its government. */
    private static boolean actsAsGovernment(TokenView tv, int i, int n, int from, int to) {
        return tv.possessiveAfter(i + n - 1) && !PlaceCues.followedByPlaceNoun(tv, i + n, to)
                || (i + n < to && VERB_TAG.matcher(tv.pos(i + n)).matches())
                || (i > from && tv.lower(i - 1).equals("from") && i - 2 >= from && tv.pos(i - 2).startsWith("NNS"));
    }
}
