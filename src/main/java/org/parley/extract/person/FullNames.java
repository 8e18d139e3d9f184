package org.parley.extract.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.extract.TokenView;

/**
 * Maps each written form of a name to the fullest name in the article it stands for: "Lavrov" ->
 * "Sergey Lavrov", "Mr. Kim" -> the first full name starting with "Kim". Stateless and thread-safe.
 */
public final class FullNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FullNames() {
    }

    /**
     * @param tv   the article's tokens
     * @param from index of the name's first token
     * @param to   index after its last token
     * @return the name as written, without a possessive ending, white space folded
     */
    public static String written(TokenView tv, int from, int to) {
        return SPACES.matcher(tv.article().text(tv.span(from, to))).replaceAll(" ");
    }

    /**
     * @param tv         the article's tokens
     * @param candidates the article's names
     * @return written form -> full name, for the forms that have one
     */
    public static Map<String, String> of(TokenView tv, List<Candidate> candidates) {
        List<String> full = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.full()) {
                full.add(written(tv, c.from(), c.to()));
            }
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String written = written(tv, c.from(), c.to());
            if (c.full()) {
                map.put(written, longestContaining(full, written));
            } else {
                shortForm(full, written, map);
            }
        }
        return map;
    }

    private static void shortForm(List<String> full, String written, Map<String, String> map) {
        for (String f : full) {
            String[] parts = f.split(" ");
            if (parts[parts.length - 1].equals(written)
                    || parts[0].equals(written) && firstWordUnique(full, written)) {
                map.put(written, f);
                break;
            }
        }
        if (!map.containsKey(written) && full.stream().noneMatch(f -> f.endsWith(" " + written))) {
            // a family name written first ("Mr. Kim"): the first full name the article gives with it
            full.stream().filter(f -> f.startsWith(written + " ")).findFirst().ifPresent(f -> map.put(written, f));
        }
    }

    /** True when only one full name starts with the word and none ends with it. */
    private static boolean firstWordUnique(List<String> full, String word) {
        long starts = full.stream().map(f -> f.split(" ")).filter(p -> p[0].equals(word)).map(p -> String.join(" ", p))
                .distinct().count();
        boolean ends = full.stream().anyMatch(f -> f.endsWith(" " + word));
        return starts == 1 && !ends;
    }

    private static String longestContaining(List<String> full, String name) {
        String best = name;
        for (String f : full) {
            if (f.length() > best.length() && f.toLowerCase(Locale.ROOT).endsWith(" " + name.toLowerCase(Locale.ROOT))) {
                best = f;
            }
        }
        return best;
    }
}
