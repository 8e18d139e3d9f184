package org.parley.resolve;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.article.AgentKey;
import org.parley.article.Place;
import org.parley.rdf.Iris;

/**
 * Canonical keys and IRIs for the things Parley extracts, computed from the article alone so
 * that every article, built in any order or alone, names the same real-world thing with the same
 * IRI.
 *
 * <p>Person keys fold spelling variants that transliteration produces: case, diacritics
 * (Çavuşoğlu = Cavusoglu), hyphens and apostrophes, and the endings -iy/-yy/-ij/-ii/-yi/-i of a
 * word, which all become -y (Zelenskiy = Zelenskyy = Zelensky, Sergei = Sergey, Dmitri = Dmitry).
 * Stateless and thread-safe.
 */
public final class Keys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES_AND_DOTS = Pattern.compile("[’'`.]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern Y_ENDING = Pattern.compile("(iy|yy|ij|ii|yi)$");
    private static final Pattern EI_ENDING = Pattern.compile("ei$");

    private Keys() {
    }

    /**
     * @param name a person's name as written
     * @return the folded key ("volodymyr zelensky")
     */
    public static String personKey(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace('ı', 'i').toLowerCase(Locale.ROOT);
        String ascii = SPACES.matcher(APOSTROPHES_AND_DOTS.matcher(bare).replaceAll("").replace('-', ' '))
                .replaceAll(" ").trim();
        StringBuilder sb = new StringBuilder();
        for (String w : ascii.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(foldWord(w));
        }
        return sb.toString();
    }

    private static String foldWord(String w) {
        if (w.length() <= 3) {
            return w;
        }
        String f = EI_ENDING.matcher(Y_ENDING.matcher(w).replaceAll("y")).replaceAll("ey");
        if (f.endsWith("i") && !isVowel(f.charAt(f.length() - 2))) {
            f = f.substring(0, f.length() - 1) + "y";
        }
        return f.replace("kh", "h").replace("ck", "k");
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** @return the IRI of a person */
    public static String person(String name) {
        return Iris.of("person", personKey(name));
    }

    /** @return the IRI of a country, from its ISO code */
    public static String country(String code) {
        return Iris.of("country", code);
    }

    /** @return the IRI of an organization, from its canonical name */
    public static String organization(String canonical) {
        return Iris.of("org", canonical);
    }

    /**
     * @param agentKey a country's or an organization's key
     * @return the agent's IRI
     */
    public static String agent(AgentKey agentKey) {
        return agentKey.isCountry() ? country(agentKey.id()) : organization(agentKey.id());
    }

    /** @return the IRI of a place */
    public static String place(Place p) {
        if (p.kind() == Place.Kind.COUNTRY) {
            return country(p.countryCode());
        }
        String key = p.key();
        String id = key.substring(key.indexOf(':') + 1);
        if (key.startsWith("geonames:")) {
            return Iris.of("place", p.name() + "-" + id);
        }
        return Iris.of("place", id);
    }

    /** @return the IRI of a topic */
    public static String topic(String label) {
        return Iris.of("topic", label);
    }

    /**
     * The key of a round: its sides plus its ordinal, else its date, else its place.
     *
     * @param partyKeys agent keys of the parties
     * @param ordinal   ordinal or null
     * @param date      date or null
     * @param place     most specific place or null
     * @return the slug key, e.g. "russia-ukraine-round-1"
     */
    public static String roundKey(List<AgentKey> partyKeys, Integer ordinal, LocalDate date, Place place) {
        String sides = partyKeys.stream().map(k -> k.id().toLowerCase(Locale.ROOT))
                .sorted().distinct().collect(Collectors.joining("-"));
        String which = ordinal != null ? "round-" + ordinal : date != null ? date.toString()
                : "in-" + Iris.slug(place.name());
        return Iris.slug(sides + "-" + which);
    }

    /** @return the IRI of a round with the given key */
    public static String round(String roundKey) {
        return Iris.of("round", roundKey);
    }

    /** @return the IRI of a delegation of a side at a round (or in an article when no round) */
    public static String delegation(AgentKey sideKey, String roundKeyOrArticle) {
        return Iris.of("delegation", sideKey.id() + "-at-" + roundKeyOrArticle);
    }
}
