package org.parley.extract.place;

import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.NameKeys;

/**
 * The label of a city the way English news writes it: the article's own form when it is one of
 * the city's known names ("Astana", "Kyiv", "Geneva"), in title case when the article shouts it
 * ("VIENNA"); else the gazetteer's name when it is plain ASCII without apostrophes; else the
 * city's first such alternate name; else the gazetteer's name. Stateless; thread-safe.
 */
public final class PlaceLabel {
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.]+$");

    private PlaceLabel() {
    }

    /**
     * @param city    the gazetteer city
     * @param name    the name as the article writes it (possessive stripped)
     * @return the label to show
     */
    public static String of(City city, String name) {
        String written = EDGE_PUNCTUATION.matcher(name.strip()).replaceAll("");
        String key = NameKeys.key(written);
        if (!key.isEmpty() && isLatin(written) && isKnownName(city, key)) {
            return isUpperCase(written) ? titleCase(written) : written;
        }
        if (isPlain(city.name())) {
            return city.name();
        }
        return city.alternateNames().stream().filter(PlaceLabel::isPlain).findFirst().orElse(city.name());
    }

    private static boolean isKnownName(City city, String key) {
        if (NameKeys.key(city.name()).equals(key)) {
            return true;
        }
        return city.alternateNames().stream().anyMatch(a -> NameKeys.key(a).equals(key));
    }

    /** ASCII letters, spaces, hyphens and dots only: no transliteration marks. */
    static boolean isPlain(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == ' ' || c == '-'
                || c == '.' || c == ','));
    }

    private static boolean isLatin(String s) {
        return s.codePoints().allMatch(c -> !Character.isLetter(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static boolean isUpperCase(String s) {
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
