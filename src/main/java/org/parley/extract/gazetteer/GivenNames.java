package org.parley.extract.gazetteer;

import java.util.HashSet;
import java.util.Set;

/**
 * Given (first) names from many origins ({@code given-names.txt.gz}, generated from npm name
 * datasets, plus the hand-written {@code given-names-supplement.txt}) and capitalized words that
 * are not names ({@code not-names.txt}: weekdays, months, "President", "Update"...). Helps decide
 * that "Mevlut Cavusoglu" is a person. Lookups ignore case and diacritics. Immutable after
 * construction and thread-safe.
 */
public final class GivenNames {

    private final Set<String> names;
    private final Set<String> notNames;

    /** Loads the resources; prefer {@link Gazetteers#givenNames()}, which loads once. */
    GivenNames() {
        Set<String> n = new HashSet<>(65_536);
        for (String line : GazetteerResources.words("given-names.txt.gz")) {
            n.add(NameKeys.key(line));
        }
        for (String line : GazetteerResources.words("given-names-supplement.txt")) {
            for (String w : line.split("\\s+")) {
                n.add(NameKeys.key(w));
            }
        }
        Set<String> not = new HashSet<>();
        for (String w : GazetteerResources.words("not-names.txt")) {
            not.add(NameKeys.key(w));
        }
        n.removeAll(not);
        n.remove("");
        this.names = Set.copyOf(n);
        this.notNames = Set.copyOf(not);
    }

    /** @return number of given names */
    public int size() {
        return names.size();
    }

    /**
     * @param firstName a given name ("Mevlüt", "davyd"); a hyphenated name ("Jean-Yves",
     *                  "Abdel-Fattah") counts when it is listed whole or when every part is listed
     * @return true when it is a known given name and not a listed non-name
     */
    public boolean contains(String firstName) {
        String k = NameKeys.key(firstName);
        if (k.isEmpty() || notNames.contains(k)) {
            return false;
        }
        if (names.contains(k)) {
            return true;
        }
        if (k.indexOf(' ') > 0) {
            for (String part : k.split(" ")) {
                if (!names.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * @param word a capitalized word
     * @return true when it is listed as capitalized but not a name (weekday, month, "President")
     */
    public boolean isCapitalizedNonName(String word) {
        return notNames.contains(NameKeys.key(word));
    }
}
