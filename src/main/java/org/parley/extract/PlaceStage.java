package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.AgentKey;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.NameMention;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.NameKeys;
import org.parley.extract.gazetteer.Region;
import org.parley.rdf.Iris;

/**
 * Finds places (countries, regions, cities, venues) and acting agents (countries, capitals used
 * for governments, institutions, organizations) by matching capitalized token runs against the
 * gazetteers, guided by the name finder's LOCATION/ORGANIZATION names and by local cues:
 * "region of Brest", "Gomel region", "the Mediterranean city of Antalya", "at the Dolmabahce
 * Palace", "Moscow said", "Kyiv’s response".
 *
 * <p>Rules, in order at each token: institutions and organizations (longest match), country names
 * (also inside hyphenated compounds such as "Russia-Ukraine"), demonyms (agents only), regions
 * with a region word, venues ending in a venue noun, then cities. A city is accepted when the name
 * finder tagged it as a location, when a locative cue precedes it, or when it is a capital or a
 * large city (population at least {@value #BIG_CITY}); a capital followed by a possessive or a
 * verb is an actor and also yields an agent for its country. A small town (population below
 * 15,000) is accepted only after a strong cue ("the Swiss resort of X", "talks in X", "met in X"),
 * in the country a demonym or country right before it names, else in the only country that has
 * a town of that name; once accepted, its other mentions in the article count too ("the X talks").
 *
 * <p>Requires POS, NAMES, BOILERPLATE, CREDITS; provides PLACES and AGENTS. Stateless apart from
 * the shared gazetteers: thread-safe.
 */
public final class PlaceStage implements org.parley.nlp.Stage {
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");
    static final long BIG_CITY = 500_000;
    private static final int MAX_NAME_TOKENS = 6;
    private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "governorate",
            "state", "district", "prefecture", "county", "territory", "krai", "republic");
    private static final Set<String> VENUE_WORDS = Set.of("palace", "hotel", "house", "castle", "centre", "center",
            "hall", "building", "airport", "resort", "embassy", "residence", "villa", "manor", "fortress",
            "headquarters", "complex", "pavilion", "museum", "mansion", "chateau", "château", "summit");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "to", "from", "into", "outside",
            "across", "around", "toward", "towards", "via", "of", "visit", "visited", "inside", "between");
    private static final Set<String> NOT_PLACE_WORDS = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "president", "minister", "the", "a",
            "update", "police", "click", "here", "image", "share", "home", "news", "reuters", "said", "war",
            "mr", "mrs", "ms", "dr", "he", "she", "they", "it", "we", "i", "you", "this", "that", "but",
            "and", "or", "as", "at", "in", "on", "by", "for", "with", "from", "of", "first", "second",
            "third", "top", "photo", "video", "live", "contact", "us", "time", "day", "week", "tap");
    private static final Set<String> VENUE_CUES = Set.of("at", "in", "inside", "outside", "near", "the", "from");
    private static final Set<String> COMPASS = Set.of("west", "western", "east", "eastern", "north", "northern",
            "south", "southern", "central", "the west", "the east", "northwest", "northeast", "southwest", "southeast");
    private static final Pattern VERB_TAG = Pattern.compile("VB[DZPN]?|MD");
    /** Nouns before "of" that introduce a settlement: "the Swiss alpine resort of X". */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("resort", "town", "village", "spa", "hamlet",
            "municipality", "commune", "township", "city", "port");
    /** Words before "in"/"at" that make the next name the place of a meeting: "talks in X", "met at X". */
    private static final Set<String> MEETING_WORDS = Set.of("talks", "negotiations", "meeting", "meetings", "summit",
            "conference", "met", "meet", "meets", "held", "hold", "holds", "convened", "gathered", "signed", "session",
            "sessions", "round", "dialogue", "consultations", "resumed", "opened", "began", "begin", "begins",
            "ceremony", "retreat", "hosted", "negotiated", "reconvened");
    /** How many tokens before a town a demonym or country may stand to name its country. */
    private static final int TOWN_COUNTRY_WINDOW = 4;

    private final Gazetteers gaz = Gazetteers.get();

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
        Map<String, City> towns = cuedTowns(tv, names);
        for (int s = 0; s < tv.sentences(); s++) {
            scanSentence(tv, names, s, towns, places, agents);
        }
        places.sort((a, b) -> a.span().compareTo(b.span()));
        agents.sort((a, b) -> a.span().compareTo(b.span()));
        article.put(Layers.PLACES, places);
        article.put(Layers.AGENTS, agents);
    }

    private void scanSentence(TokenView tv, List<NameMention> names, int s, Map<String, City> towns,
                              List<PlaceMention> places, List<AgentRef> agents) {
        int from = tv.sentenceFrom(s);
        int to = tv.sentenceTo(s);
        String countryHint = sentenceCountryHint(tv, from, to);
        int i = from;
        while (i < to) {
            if (tv.masked(i)) {
                i++;
                continue;
            }
            int next = matchAt(tv, names, from, to, i, countryHint, places, agents);
            if (next <= i) {
                next = town(tv, i, to, towns, places);
            }
            i = Math.max(next, i + 1);
        }
    }

    /**
     * Institution kinds that are sides of their own (rebels, movements, parties): the country their
     * name implies is where they act, not whom they represent ("Taliban" is not "Afghanistan").
     */
    private static final Set<String> NON_STATE_KINDS = Set.of("armed-group", "movement", "party");

    /** True when the name finder's person name ends with this token after other words ("Therese ... Wagner"). */
    private static boolean endsPersonName(List<NameMention> names, Span token) {
        for (NameMention m : names) {
            if (m.type() == NameMention.NameType.PERSON && m.span().start() < token.start()
                    && m.span().end() >= token.end() && m.span().start() <= token.start()) {
                return true;
            }
        }
        return false;
    }

    /** Tries every rule at token i; returns the index after the match, or i when none matched. */
    private int matchAt(TokenView tv, List<NameMention> names, int from, int to, int i, String countryHint,
                        List<PlaceMention> places, List<AgentRef> agents) {
        List<String> words = words(tv, i, to);
        Optional<org.parley.extract.gazetteer.PhraseMatcher.Match<org.parley.extract.gazetteer.Institution>> inst =
                gaz.institutions().matchWithLength(words, 0);
        if (inst.isPresent() && !(inst.get().tokenCount() == 1 && endsPersonName(names, tv.span(i, i + 1)))) {
            int n = inst.get().tokenCount();
            org.parley.extract.gazetteer.Institution in = inst.get().value();
            Span span = tv.span(i, i + n);
            String text = tv.article().text(span);
            if (in.countryCode() != null && !NON_STATE_KINDS.contains(in.kind())) {
                gaz.countries().byCode(in.countryCode()).ifPresent(c -> agents.add(
                        AgentRef.country(span, text, c.code(), c.name(), AgentRef.Form.INSTITUTION)));
            } else {
                agents.add(AgentRef.organization(span, text, in.canonical(), AgentRef.Form.NAME));
            }
            return i + n;
        }
        if (!tv.capitalized(i)) {
            return i;
        }
        // hyphenated compounds: "Russia-Ukraine", "Belarus-Ukraine"
        String raw = tv.word(i);
        if (raw.indexOf('-') > 0 && !raw.startsWith("-")) {
            if (compound(tv, i, raw, agents)) {
                return i + 1;
            }
        }
        // country names, longest first
        for (int n = Math.min(MAX_NAME_TOKENS, to - i); n >= 1; n--) {
            if (!nameRun(tv, i, n)) {
                continue;
            }
            String candidate = tv.words(i, i + n);
            Optional<Country> c = gaz.countries().byName(candidate);
            if (c.isPresent() && !lowerCaseStart(candidate)) {
                Span span = tv.span(i, i + n);
                String text = tv.article().text(span);
                Country country = c.get();
                places.add(new PlaceMention(span, text, countryPlace(country), false, 0.95));
                agents.add(AgentRef.country(span, text, country.code(), country.name(), AgentRef.Form.NAME));
                return i + n;
            }
        }
        Optional<Country> demonym = gaz.countries().byDemonym(tv.word(i));
        if (demonym.isPresent() && i + 1 < to && tv.lower(i + 1).equals("capital") && demonym.get().capital() != null
                && !(i + 2 < to && tv.lower(i + 2).equals("of"))) {
            Optional<City> capital = gaz.cities().best(demonym.get().capital(), demonym.get().code());
            if (capital.isPresent()) {
                Span span = tv.span(i, i + 2);
                places.add(new PlaceMention(span, tv.article().text(span), cityPlace(capital.get()), false, 0.7));
                return i + 2;
            }
        }
        if (demonym.isPresent()) {
            // "Belarussian region of Brest" is handled when the scan reaches "Brest"
            Span span = tv.span(i, i + 1);
            agents.add(AgentRef.country(span, tv.article().text(span), demonym.get().code(), demonym.get().name(), AgentRef.Form.DEMONYM));
            return i + 1;
        }
        int region = region(tv, i, to, countryHint, places);
        if (region > i) {
            return region;
        }
        int venue = venue(tv, i, to, countryHint, places);
        if (venue > i) {
            return venue;
        }
        return city(tv, names, from, i, to, countryHint, places, agents);
    }

    /**
     * Hyphenated compounds of sides: "Russia-Ukraine", "Belgrade-Pristina" (capitals stand for their
     * countries), "US-brokered", "UN-backed". Every capitalized part must be a country, demonym,
     * capital or organization; lower-case parts ("brokered") are left alone. A compound before
     * "border" names no sides.
     */
    private boolean compound(TokenView tv, int i, String raw, List<AgentRef> agents) {
        String[] parts = raw.split("-");
        List<AgentRef> found = new ArrayList<>();
        boolean border = i + 1 < tv.size() && tv.lower(i + 1).startsWith("border");
        int offset = tv.get(i).span().start();
        int pos = 0;
        for (String part : parts) {
            Span span = new Span(offset + pos, offset + pos + part.length());
            pos += part.length() + 1;
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
                continue;
            }
            AgentRef ref = sidePart(part, span);
            if (ref == null) {
                return false;
            }
            found.add(ref);
        }
        if (found.isEmpty()) {
            return false;
        }
        if (!border) {
            agents.addAll(found);
        }
        return true;
    }

    private AgentRef sidePart(String part, Span span) {
        Optional<Country> c = gaz.countries().byName(part).or(() -> gaz.countries().byDemonym(part));
        if (c.isPresent()) {
            return AgentRef.country(span, part, c.get().code(), c.get().name(), AgentRef.Form.NAME);
        }
        Optional<City> capital = gaz.cities().best(part, null).filter(gaz.cities()::isCapital);
        if (capital.isPresent()) {
            Optional<Country> of = gaz.countries().byCode(capital.get().countryCode());
            if (of.isPresent()) {
                return AgentRef.country(span, part, of.get().code(), of.get().name(), AgentRef.Form.CAPITAL);
            }
        }
        Optional<org.parley.extract.gazetteer.Institution> inst = gaz.institutions().lookup(part);
        if (inst.isPresent()) {
            org.parley.extract.gazetteer.Institution in = inst.get();
            if (in.countryCode() != null) {
                return gaz.countries().byCode(in.countryCode()).map(k -> AgentRef.country(span, part, k.code(), k.name(), AgentRef.Form.INSTITUTION)).orElse(null);
            }
            return AgentRef.organization(span, part, in.canonical(), AgentRef.Form.NAME);
        }
        return null;
    }

    private int region(TokenView tv, int i, int to, String countryHint, List<PlaceMention> places) {
        // "Gomel region", "Brest Oblast", "Donetsk People's Republic" is not a place (a party)
        for (int n = Math.min(3, to - i - 1); n >= 1; n--) {
            if (!nameRun(tv, i, n)) {
                continue;
            }
            String word = POSSESSIVE_END.matcher(tv.lower(i + n)).replaceAll("");
            if (REGION_WORDS.contains(word) && !word.equals("republic")) {
                String name = tv.words(i, i + n);
                Optional<Region> r = gaz.regions().lookup(name + " " + word);
                if (r.isPresent()) {
                    Span span = tv.span(i, i + n + 1);
                    places.add(new PlaceMention(span, tv.article().text(span), regionPlace(r.get()), false, 0.9));
                    return i + n + 1;
                }
            }
        }
        // "region of Brest", "province of Idlib"
        if (i >= 2 && tv.lower(i - 1).equals("of") && REGION_WORDS.contains(tv.lower(i - 2))) {
            for (int n = Math.min(3, to - i); n >= 1; n--) {
                if (!nameRun(tv, i, n)) {
                    continue;
                }
                Optional<Region> r = gaz.regions().lookup(tv.words(i, i + n));
                if (r.isPresent()) {
                    Span span = tv.span(i - 2, i + n);
                    places.add(new PlaceMention(span, tv.article().text(span), regionPlace(r.get()), false, 0.9));
                    return i + n;
                }
            }
        }
        // a region named alone, when it is not also a city ("Donbas", "Crimea", "Tigray")
        for (int n = Math.min(3, to - i); n >= 1; n--) {
            if (!nameRun(tv, i, n)) {
                continue;
            }
            String name = tv.words(i, i + n);
            Optional<Region> r = gaz.regions().lookup(name);
            boolean cue = i > 0 && LOCATIVE.contains(tv.lower(i - 1)) || i > 1 && LOCATIVE.contains(tv.lower(i - 2))
                    && tv.lower(i - 1).equals("the");
            if (r.isPresent() && (cue || "geographic".equals(r.get().kind())) && tv.pos(i).startsWith("NNP")
                    && !COMPASS.contains(name.toLowerCase(Locale.ROOT))
                    && gaz.cities().lookup(name).isEmpty() && !NOT_PLACE_WORDS.contains(name.toLowerCase(Locale.ROOT))
                    && !(i + n < to && tv.capitalized(i + n) && !tv.possessiveAfter(i + n - 1))) {
                Span span = tv.span(i, i + n);
                places.add(new PlaceMention(span, tv.article().text(span), regionPlace(r.get()), false, 0.8));
                return i + n;
            }
        }
        return i;
    }

    private int venue(TokenView tv, int i, int to, String countryHint, List<PlaceMention> places) {
        boolean cue = i > 0 && VENUE_CUES.contains(tv.lower(i - 1));
        for (int n = Math.min(5, to - i); n >= 2 && cue; n--) {
            if (!nameRun(tv, i, n) || !VENUE_WORDS.contains(tv.word(i + n - 1).toLowerCase(Locale.ROOT))
                    || containsWord(tv, i, i + n, "and")) {
                continue;
            }
            String name = tv.words(i, i + n);
            if (name.toLowerCase(Locale.ROOT).startsWith("white house")) {
                return i;
            }
            Span span = tv.span(i, i + n);
            String cc = nearbyCountry(tv, i + n, to, countryHint);
            places.add(new PlaceMention(span, tv.article().text(span),
                    new Place("venue:" + Iris.slug(name), name, Place.Kind.VENUE, cc, null, null, null), false, 0.75));
            return i + n;
        }
        return i;
    }

    private int city(TokenView tv, List<NameMention> names, int from, int i, int to, String countryHint,
                     List<PlaceMention> places, List<AgentRef> agents) {
        for (int n = Math.min(3, to - i); n >= 1; n--) {
            if (!nameRun(tv, i, n)) {
                continue;
            }
            String name = tv.words(i, i + n);
            if (NOT_PLACE_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<City> found = gaz.cities().best(name, countryHint);
            if (found.isEmpty()) {
                continue;
            }
            City city = found.get();
            Span span = tv.span(i, i + n);
            NameMention model = nameAt(names, span);
            boolean modelLocation = model != null && model.type() == NameMention.NameType.LOCATION;
            boolean modelOther = model != null && model.type() != NameMention.NameType.LOCATION;
            boolean cue = i > from && (LOCATIVE.contains(tv.lower(i - 1)) || tv.lower(i - 1).equals(",")
                    && i - 2 >= from && tv.lower(i - 2).equals("city"));
            boolean prevName = i > from + 1 && tv.capitalized(i - 1) && !isDemonymOrTitleWord(tv, i - 1);
            boolean nextName = i + n < to && tv.capitalized(i + n) && !tv.possessiveAfter(i + n - 1)
                    && !isNameBoundary(tv, i + n);
            boolean partOfName = prevName || nextName;
            boolean capital = gaz.cities().isCapital(city);
            boolean big = capital || city.population() >= BIG_CITY;
            if (modelOther && !cue) {
                continue;
            }
            if (partOfName && !modelLocation) {
                continue;
            }
            if (!(modelLocation || cue || big)) {
                continue;
            }
            boolean actor = capital && (tv.possessiveAfter(i + n - 1) && !followedByPlaceNoun(tv, i + n, to)
                    || (i + n < to && VERB_TAG.matcher(tv.pos(i + n)).matches())
                    || (i > from && tv.lower(i - 1).equals("from") && i - 2 >= from
                    && tv.pos(i - 2).startsWith("NNS")));
            double confidence = modelLocation ? 0.9 : cue ? 0.8 : 0.65;
            places.add(new PlaceMention(span, tv.article().text(span), cityPlace(city), actor, confidence));
            if (actor) {
                gaz.countries().byCode(city.countryCode()).ifPresent(c -> agents.add(AgentRef.country(span,
                        tv.article().text(span), c.code(), c.name(), AgentRef.Form.CAPITAL)));
            }
            return i + n;
        }
        return i;
    }

    /**
     * Small towns named after a strong cue anywhere in the article, by name key. A name the other
     * gazetteers know, a common word, or a name the name finder calls a person or organization is
     * never a town.
     */
    private Map<String, City> cuedTowns(TokenView tv, List<NameMention> names) {
        Map<String, City> out = new HashMap<>();
        for (int s = 0; s < tv.sentences(); s++) {
            int from = tv.sentenceFrom(s);
            int to = tv.sentenceTo(s);
            for (int i = from + 2; i < to; i++) {
                if (!tv.capitalized(i) || tv.masked(i) || !strongTownCue(tv, i)) {
                    continue;
                }
                for (int n = Math.min(3, to - i); n >= 1; n--) {
                    if (!nameRun(tv, i, n) || i + n < to && tv.capitalized(i + n) && !tv.possessiveAfter(i + n - 1)) {
                        continue;
                    }
                    String name = tv.words(i, i + n);
                    NameMention model = nameAt(names, tv.span(i, i + n));
                    boolean settlement = tv.lower(i - 1).equals("of");
                    if (model != null && model.type() != NameMention.NameType.LOCATION || !possibleTown(name, settlement)) {
                        continue;
                    }
                    Optional<City> town = pickTown(tv, name, i, n, from, to, sentenceCountryHint(tv, from, to));
                    if (town.isPresent()) {
                        out.putIfAbsent(NameKeys.key(name), town.get());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** "resort of X", "town of X"; "talks in X", "met at X". */
    private static boolean strongTownCue(TokenView tv, int i) {
        String before = tv.lower(i - 1);
        String word = tv.lower(i - 2);
        return before.equals("of") && SETTLEMENT_NOUNS.contains(word)
                || (before.equals("in") || before.equals("at")) && MEETING_WORDS.contains(word);
    }

    /**
     * Not a name another gazetteer knows, not a month or title word, and not a common word unless
     * a settlement noun introduces it ("the town of Bled", not "met in Bled").
     */
    private boolean possibleTown(String name, boolean settlementCue) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !NOT_PLACE_WORDS.contains(lower) && (settlementCue || !CommonWords.contains(lower))
                && gaz.cities().lookup(name).isEmpty() && gaz.countries().byName(name).isEmpty()
                && gaz.countries().byDemonym(name).isEmpty() && gaz.regions().lookup(name).isEmpty()
                && gaz.institutions().lookup(name).isEmpty();
    }

    /**
     * The town a name means: in the country of a demonym inside the settlement phrase ("the Swiss
     * alpine resort of X") or of a country right after it ("talks in X, Slovenia"), else in the
     * sentence's country when it has one of that name, else in the only country with a town of
     * that name.
     */
    private Optional<City> pickTown(TokenView tv, String name, int i, int n, int from, int to, String sentenceHint) {
        String near = null;
        if (tv.lower(i - 1).equals("of")) {
            for (int k = i - 3; k >= Math.max(from, i - 2 - TOWN_COUNTRY_WINDOW) && near == null; k--) {
                String w = tv.lower(k);
                if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals(",")) {
                    break;
                }
                near = gaz.countries().byDemonym(tv.word(k)).map(Country::code).orElse(null);
            }
        }
        if (near == null && i + n + 1 < to && tv.word(i + n).equals(",") && tv.capitalized(i + n + 1)) {
            near = gaz.countries().byName(tv.word(i + n + 1)).map(Country::code).orElse(null);
        }
        if (near != null) {
            return gaz.towns().unambiguous(name, near);
        }
        Optional<City> inSentenceCountry = sentenceHint == null ? Optional.empty()
                : gaz.towns().unambiguous(name, sentenceHint);
        return inSentenceCountry.or(() -> gaz.towns().unambiguous(name, null));
    }

    /** A mention of a town accepted by {@link #cuedTowns}; returns the index after it, or i. */
    private int town(TokenView tv, int i, int to, Map<String, City> towns, List<PlaceMention> places) {
        if (towns.isEmpty() || !tv.capitalized(i)) {
            return i;
        }
        for (int n = Math.min(3, to - i); n >= 1; n--) {
            if (!nameRun(tv, i, n)) {
                continue;
            }
            City town = towns.get(NameKeys.key(tv.words(i, i + n)));
            if (town != null) {
                Span span = tv.span(i, i + n);
                boolean cue = i >= 2 && strongTownCue(tv, i);
                places.add(new PlaceMention(span, tv.article().text(span), townPlace(town), false, cue ? 0.75 : 0.6));
                return i + n;
            }
        }
        return i;
    }

    /**
     * The country of the first city or country named after a venue in its sentence ("Johannesberg
     * Castle, about 60 km north of Stockholm"), else the sentence's first country.
     */
    private String nearbyCountry(TokenView tv, int from, int to, String fallback) {
        for (int k = from; k < to; k++) {
            if (!tv.capitalized(k)) {
                continue;
            }
            String w = tv.word(k);
            Optional<Country> c = gaz.countries().byName(w);
            if (c.isPresent()) {
                return c.get().code();
            }
            Optional<City> city = gaz.cities().best(w, null).filter(x -> x.population() >= BIG_CITY || gaz.cities().isCapital(x));
            if (city.isPresent()) {
                return city.get().countryCode();
            }
        }
        return fallback;
    }

    private static boolean containsWord(TokenView tv, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (tv.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean followedByPlaceNoun(TokenView tv, int i, int to) {
        int k = i;
        if (k < to && (tv.get(k).text().equals("'s") || tv.get(k).text().equals("’s"))) {
            k++;
        }
        for (int j = k; j < Math.min(to, k + 3); j++) {
            String w = tv.lower(j);
            if (w.equals("main") || w.equals("central") || w.startsWith("street") || w.equals("airport")
                    || w.equals("outskirts") || w.equals("suburbs") || w.equals("television") || w.equals("tower")
                    || w.equals("mayor") || w.equals("residents") || w.equals("city")) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameBoundary(TokenView tv, int i) {
        String w = tv.word(i);
        return gaz.countries().byName(w).isPresent() || gaz.countries().byDemonym(w).isPresent()
                || NOT_PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    private boolean isDemonymOrTitleWord(TokenView tv, int i) {
        String w = tv.word(i);
        return gaz.countries().byDemonym(w).isPresent() || gaz.titles().match(List.of(w), 0).isPresent()
                || NOT_PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                || tv.pos(i).startsWith("JJ");
    }

    private static NameMention nameAt(List<NameMention> names, Span span) {
        for (NameMention m : names) {
            if (m.span().overlaps(span)) {
                return m;
            }
        }
        return null;
    }

    private String sentenceCountryHint(TokenView tv, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tv.capitalized(i) || tv.masked(i)) {
                continue;
            }
            String word = tv.word(i);
            Optional<Country> c = gaz.countries().byName(word).or(() -> gaz.countries().byDemonym(word));
            if (c.isPresent()) {
                return c.get().code();
            }
        }
        return null;
    }

    /** True when tokens [i, i+n) form a run of name words: capitalized, or short connectors inside. */
    private static boolean nameRun(TokenView tv, int i, int n) {
        if (i + n > tv.size() || tv.masked(i, i + n)) {
            return false;
        }
        int sentence = tv.get(i).sentence();
        for (int k = i; k < i + n; k++) {
            if (tv.get(k).sentence() != sentence) {
                return false;
            }
            boolean inner = k > i && k < i + n - 1;
            String w = tv.lower(k);
            boolean connector = inner && (w.equals("of") || w.equals("the") || w.equals("and") || w.equals("de")
                    || w.equals("da") || w.equals("-") || w.equals("el") || w.equals("al"));
            if (!tv.capitalized(k) && !connector) {
                return false;
            }
            if (k < i + n - 1 && tv.possessive(k)) {
                return false;
            }
            if (!Character.isLetter(tv.get(k).text().codePointAt(0)) && !connector) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerCaseStart(String s) {
        return !Character.isUpperCase(s.codePointAt(0));
    }

    private static List<String> words(TokenView tv, int i, int to) {
        List<String> out = new ArrayList<>(Math.min(6, to - i));
        for (int k = i; k < Math.min(to, i + 6); k++) {
            out.add(tv.word(k));
        }
        return out;
    }

    /** @return the place record of a country */
    public static Place countryPlace(Country c) {
        return new Place(AgentKey.country(c.code()).toString(), c.name(), Place.Kind.COUNTRY, c.code(), c.lat(), c.lon(),
                c.geonamesId());
    }

    static Place cityPlace(City c) {
        return new Place("geonames:" + c.geonamesId(), c.name(), Place.Kind.CITY, c.countryCode(), c.lat(), c.lon(),
                geonamesIdOrNull(c));
    }

    /** A small town: keyed by its GeoNames id, or by country and name when GeoNames gives none. */
    static Place townPlace(City c) {
        String key = c.geonamesId() != null ? "geonames:" + c.geonamesId()
                : "town:" + Iris.slug(c.countryCode() + "-" + c.name());
        return new Place(key, c.name(), Place.Kind.CITY, c.countryCode(), c.lat(), c.lon(), geonamesIdOrNull(c));
    }

    /** The GeoNames id to link to: none for the supplement's own "supp:" ids. */
    private static String geonamesIdOrNull(City c) {
        String id = c.geonamesId();
        return id == null || id.startsWith("supp:") ? null : id;
    }

    static Place regionPlace(Region r) {
        String key = r.geonamesId() != null ? "geonames:" + r.geonamesId() : "region:" + Iris.slug(r.id());
        return new Place(key, displayName(r), Place.Kind.REGION, r.countryCode(), r.lat(), r.lon(), r.geonamesId());
    }

    /**
     * The English name to show for a region: an ASCII name with its region word ("Gomel Region",
     * "Donetsk Oblast") when the gazetteer has one, else the first ASCII name, else its name.
     */
    static String displayName(Region r) {
        List<String> names = new ArrayList<>();
        names.add(r.name());
        names.addAll(r.alternateNames());
        for (String n : names) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (isAscii(n) && REGION_WORDS.stream().anyMatch(w -> lower.endsWith(" " + w))) {
                return n;
            }
        }
        for (String n : names) {
            if (isAscii(n)) {
                return n;
            }
        }
        return r.name();
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128 && c != '\'');
    }

    /** Distinct agents by key, in order of first mention. */
    static List<AgentRef> distinct(List<AgentRef> refs) {
        Set<AgentKey> seen = new HashSet<>();
        List<AgentRef> out = new ArrayList<>();
        for (AgentRef r : refs) {
            if (seen.add(r.key())) {
                out.add(r);
            }
        }
        return out;
    }
}
