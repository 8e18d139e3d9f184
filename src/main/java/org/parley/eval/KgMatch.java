package org.parley.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reference scorer's matching rules ({@code ../shared/scoring/kg.py}), ported rule for rule:
 * names compared after Unicode folding, lower-casing and transliteration folding; a surname alone
 * matches the full name; two full names match when their surnames match and their first initials
 * agree; places compared without their region words and through a few aliases. Inputs may be null
 * (read as empty). Stateless and thread-safe.
 */
public final class KgMatch {
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=[a-z])['\u2019\u02bc`](?=[a-z])");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern TRANSLITERATED_END = Pattern.compile("(iy|yy|ii|y|i|ei|ey)$");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "jr", "al");
    private static final Set<String> PLACE_NOISE = Set.of("region", "oblast", "province", "governorate", "city",
            "of", "the", "district", "county");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("homel", "gomel"), Map.entry("kiev", "kyiv"), Map.entry("turkiye", "turkey"),
            Map.entry("russian federation", "russia"), Map.entry("united states of america", "united states"),
            Map.entry("usa", "united states"), Map.entry("us", "united states"), Map.entry("u s", "united states"),
            Map.entry("uk", "united kingdom"), Map.entry("great britain", "united kingdom"),
            Map.entry("uae", "united arab emirates"), Map.entry("washington d c", "washington"),
            Map.entry("washington dc", "washington"), Map.entry("dr congo", "democratic republic congo"),
            Map.entry("drc", "democratic republic congo"),
            Map.entry("democratic republic congo", "democratic republic congo"), Map.entry("kharkov", "kharkiv"),
            Map.entry("odessa", "odesa"), Map.entry("belorussia", "belarus"));

    private KgMatch() {
    }

    /**
     * @param s a label
     * @return its folded form: compatibility-decomposed, combining marks dropped, lower case,
     *         apostrophes inside words dropped, every run of other characters one space
     */
    public static String norm(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        String lower = sb.toString().toLowerCase(Locale.ROOT).replace('\u0131', 'i');
        lower = INNER_APOSTROPHE.matcher(lower).replaceAll("");
        return NOT_ALNUM.matcher(lower).replaceAll(" ").strip();
    }

    /**
     * @param s a person's name
     * @return its tokens without honorifics, each with its transliteration ending folded
     */
    public static List<String> personKey(String s) {
        List<String> out = new ArrayList<>();
        for (String t : norm(s).split(" ")) {
            if (!t.isEmpty() && !HONORIFICS.contains(t)) {
                out.add(TRANSLITERATED_END.matcher(t).replaceAll(""));
            }
        }
        return out;
    }

    /**
     * @param a a name
     * @param b another
     * @return true when they name the same person by the reference rules
     */
    public static boolean samePerson(String a, String b) {
        List<String> ka = personKey(a);
        List<String> kb = personKey(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        if (!ka.get(ka.size() - 1).equals(kb.get(kb.size() - 1))) {
            return false;
        }
        if (ka.size() == 1 || kb.size() == 1) {
            return true;
        }
        return initial(ka.get(0)).equals(initial(kb.get(0)));
    }

    private static String initial(String token) {
        return token.isEmpty() ? "" : token.substring(0, 1);
    }

    /**
     * @param s a place's name
     * @return its key: folded, aliased, without region words
     */
    public static String placeKey(String s) {
        String n = norm(s);
        n = ALIASES.getOrDefault(n, n);
        List<String> toks = new ArrayList<>();
        for (String t : n.split(" ")) {
            if (!t.isEmpty() && !PLACE_NOISE.contains(t)) {
                toks.add(t);
            }
        }
        String k = String.join(" ", toks);
        return ALIASES.getOrDefault(k, k);
    }

    /**
     * @param a a place's name
     * @param b another
     * @return true when both have the same non-empty key
     */
    public static boolean samePlace(String a, String b) {
        String k = placeKey(a);
        return !k.isEmpty() && k.equals(placeKey(b));
    }

    /**
     * @param s a country's name
     * @return its key (that of a place)
     */
    public static String countryKey(String s) {
        return placeKey(s);
    }
}
