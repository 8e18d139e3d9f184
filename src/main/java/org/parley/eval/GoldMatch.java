package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.resolve.Keys;

/**
 * The matching rules of {@code parley eval}, documented here and tested by {@code GoldMatchTest}:
 *
 * <ul>
 *   <li><b>Names</b> are compared by {@link Keys#personKey}: case, diacritics, punctuation and
 *       transliteration endings are folded, so Zelensky/Zelenskiy/Zelenskyy, Sergey/Sergei and
 *       Cavusoglu/Çavuşoğlu match. A gold person matches on its name or any alias.</li>
 *   <li>A <b>surname alone</b> matches a full name with that last word when no other gold person
 *       of the article has the same last word (and a full name matches a gold surname-only
 *       entry the same way).</li>
 *   <li><b>Places</b> match when their folded names agree after dropping the words region,
 *       oblast, province, governorate, city and "the", or when the gazetteers resolve both names
 *       to the same country, region or city ("Gomel region" = "Gomel Region" = "Homel
 *       region").</li>
 *   <li><b>Sides</b> (countries and organizations) match when the gazetteers resolve both to the
 *       same country ("US" = "United States") or organization ("UN" = "United Nations"), else by
 *       folded name.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class GoldMatch {
    private static final Gazetteers GAZ = Gazetteers.get();

    private GoldMatch() {
    }

    /**
     * @param predicted a predicted person name
     * @param gold      a gold person
     * @param all       every gold person of the article (for the surname rule)
     * @return true when they are the same person
     */
    public static boolean samePerson(String predicted, Gold.Person gold, List<Gold.Person> all) {
        String p = Keys.personKey(predicted);
        List<String> forms = forms(gold);
        for (String f : forms) {
            if (Keys.personKey(f).equals(p)) {
                return true;
            }
        }
        String pLast = last(p);
        String gLast = last(Keys.personKey(gold.name()));
        if (!pLast.equals(gLast)) {
            return false;
        }
        boolean predictedSurnameOnly = !p.contains(" ");
        boolean goldSurnameOnly = !Keys.personKey(gold.name()).contains(" ");
        if (!predictedSurnameOnly && !goldSurnameOnly) {
            return false;
        }
        for (Gold.Person other : all) {
            if (other != gold && last(Keys.personKey(other.name())).equals(pLast)) {
                return false;
            }
        }
        return true;
    }

    /** @return true when the two place names name the same place */
    public static boolean samePlace(String predicted, Gold.Place gold) {
        List<String> predictedForms = new ArrayList<>(List.of(predicted));
        int comma = predicted.indexOf(',');
        if (comma > 0) {
            predictedForms.add(predicted.substring(0, comma));
        }
        for (String f : placeForms(gold)) {
            java.util.Set<String> goldIds = resolvePlace(f);
            for (String p : predictedForms) {
                if (placeKey(f).equals(placeKey(p))) {
                    return true;
                }
                java.util.Set<String> ids = resolvePlace(p);
                ids.retainAll(goldIds);
                if (!ids.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true when the two sides (countries or organizations) are the same */
    public static boolean sameSide(String predicted, String gold) {
        if (predicted == null || gold == null) {
            return false;
        }
        Optional<String> a = resolveSide(predicted);
        Optional<String> b = resolveSide(gold);
        if (a.isPresent() && b.isPresent()) {
            return a.equals(b);
        }
        return Keys.personKey(predicted).equals(Keys.personKey(gold));
    }

    /**
     * @param predicted a predicted name
     * @param gold      a gold name (may be a surname only)
     * @return true when they name the same person
     */
    public static boolean sameName(String predicted, String gold) {
        if (predicted == null || gold == null) {
            return false;
        }
        String p = Keys.personKey(predicted);
        String g = Keys.personKey(gold);
        if (p.equals(g) || (!p.contains(" ") || !g.contains(" ")) && last(p).equals(last(g))) {
            return true;
        }
        // one name is the other with leading given names left out ("Mohammed Masoom Stanekzai")
        return g.contains(" ") && p.endsWith(" " + g) || p.contains(" ") && g.endsWith(" " + p);
    }

    /**
     * @param predicted a predicted name
     * @param goldName  a gold name
     * @param persons   the article's gold persons, whose aliases also count
     * @return true when they name the same person
     */
    public static boolean sameName(String predicted, String goldName, List<Gold.Person> persons) {
        if (sameName(predicted, goldName)) {
            return true;
        }
        for (Gold.Person person : persons) {
            if (sameName(goldName, person.name()) && samePerson(predicted, person, persons)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> forms(Gold.Person gold) {
        List<String> forms = new ArrayList<>();
        forms.add(gold.name());
        forms.addAll(gold.aliases());
        return forms;
    }

    private static List<String> placeForms(Gold.Place gold) {
        List<String> forms = new ArrayList<>();
        forms.add(gold.name());
        forms.addAll(gold.aliases());
        return forms;
    }

    static String placeKey(String name) {
        return Keys.personKey(name.toLowerCase(Locale.ROOT)
                .replaceAll("\\b(the|region|oblast|province|governorate|city|of)\\b", " ")).trim();
    }

    /** Every gazetteer entry the name may denote: country, region and best city. */
    private static java.util.Set<String> resolvePlace(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        GAZ.countries().byName(name).ifPresent(c -> out.add("country:" + c.code()));
        GAZ.regions().lookup(name).ifPresent(r -> out.add("region:" + r.id()));
        GAZ.cities().lookup(name).stream().findFirst().ifPresent(c -> out.add("city:" + c.geonamesId()));
        return out;
    }

    private static Optional<String> resolveSide(String name) {
        Optional<String> country = GAZ.countries().byName(name).map(c -> "country:" + c.code());
        if (country.isPresent()) {
            return country;
        }
        List<String> words = List.of(name.split("\\s+"));
        return GAZ.institutions().matchWithLength(words, 0).filter(m -> m.tokenCount() == words.size())
                .map(m -> m.value().countryCode() != null ? "country:" + m.value().countryCode()
                        : "org:" + Keys.personKey(m.value().canonical()));
    }

    private static String last(String key) {
        int sp = key.lastIndexOf(' ');
        return sp < 0 ? key : key.substring(sp + 1);
    }
}
