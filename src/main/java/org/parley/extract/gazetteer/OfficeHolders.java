package org.parley.extract.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heads of state and government, foreign and defence ministers with their country and years in
 * office, from the hand-compiled files under {@code org/parley/gazetteer/office-holders/} (one
 * TSV per world region, listed in {@code regions.txt}; see the README there).
 *
 * <p>Two kinds of lookup, both on {@link NameKeys} keys (so "Volodymyr Zelensky" and
 * "Volodymyr Zelenskyy", "Recep Tayyip Erdoğan" and "Recep Tayyip Erdogan" meet when listed as
 * name or alias; a one-letter middle initial is ignored when the exact key is not listed):
 * <ul>
 *   <li>{@link #lookup(String, LocalDate)}: by a person's full name or a listed alias. A surname
 *       alone never matches here ("Putin", "Johnson" and "Lee" name too many people).</li>
 *   <li>{@link #lookupSurname(String, Collection, LocalDate)}: by surname, but only among the
 *       terms of the given countries (typically the countries already named in the article), so
 *       that "Putin" resolves once Russia is in play. The surname keys of a listed name are its
 *       last one, two and three words ("Obrador", "López Obrador", "Leyen", "der Leyen",
 *       "von der Leyen"); for countries whose names put the family name first (China, Taiwan
 *       and the two Koreas: "Xi Jinping", "Moon Jae-in") the first word instead.</li>
 *   <li>{@link #lookupInitialSurname(String, Collection, LocalDate)}: by the first name's initial
 *       and the last word, again only among given countries, for spellings the files do not list.</li>
 * </ul>
 * A one-word name or alias ("Lula") is indexed as a surname only. A date restricts the result
 * to terms whose years cover the date's year (see {@link OfficeTerm}). Results keep file order.
 * Immutable after construction and thread-safe.
 */
public final class OfficeHolders {

    /** Folder of the data files, inside the gazetteer resource folder. */
    static final String FOLDER = "office-holders/";
    /** Index of the region files, one file name per line. */
    static final String INDEX = FOLDER + "regions.txt";
    /** Countries whose office-holders' names are written family name first in the English press. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CN", "TW", "KP", "KR");
    /** Longest surname key, in words ("von der Leyen"). */
    private static final int MAX_SURNAME_WORDS = 3;
    /** Generational suffixes that are not part of a surname ("Surangel Whipps Jr."). */
    private static final Set<String> GENERATIONAL = Set.of("jr", "sr");
    /** A regnal numeral ("ii", "xvi"); names ending in one have no surname. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[ivxl]+");

    private final List<OfficeTerm> all;
    private final Map<String, List<OfficeTerm>> byName = new HashMap<>();
    private final Map<String, List<OfficeTerm>> bySurname = new HashMap<>();
    private final Map<String, List<OfficeTerm>> byInitialSurname = new HashMap<>();

    /** Loads the region files listed in the index; prefer {@link Gazetteers#officeHolders()}. */
    OfficeHolders() {
        this(GazetteerResources.words(INDEX), Gazetteers.get().countries());
    }

    OfficeHolders(List<String> regionFiles, Countries countries) {
        List<OfficeTerm> terms = new ArrayList<>();
        for (String file : regionFiles) {
            GazetteerResources.forEachLine(FOLDER + file, line -> {
                if (!line.col(0).equalsIgnoreCase("country")) {
                    terms.add(parse(line, countries));
                }
            });
        }
        this.all = List.copyOf(terms);
        for (OfficeTerm t : all) {
            index(t);
        }
    }

    /** @return every term, in file order */
    public List<OfficeTerm> all() {
        return all;
    }

    /**
     * @param fullName a person's full name or a listed alias ("Joe Biden", "Emmanuel Macron")
     * @return the terms of that person in any year; empty for a surname alone or an unknown name
     */
    public List<OfficeTerm> lookup(String fullName) {
        return lookup(fullName, null);
    }

    /**
     * @param fullName a person's full name or a listed alias
     * @param date     the date the name is mentioned at (an article's publication date), or null
     * @return the terms of that person whose years cover the date's year, in file order
     */
    public List<OfficeTerm> lookup(String fullName, LocalDate date) {
        String key = NameKeys.key(fullName);
        if (key.indexOf(' ') < 0) {
            return List.of();
        }
        List<OfficeTerm> found = byName.get(key);
        if (found == null) {
            found = byName.get(withoutInitials(key));
        }
        return filter(found, null, date);
    }

    /**
     * @param fullName a person's full name or a listed alias
     * @param date     the date of mention, or null
     * @return the distinct country codes of the matching terms, in file order
     */
    public Set<String> countries(String fullName, LocalDate date) {
        Set<String> out = new LinkedHashSet<>();
        for (OfficeTerm t : lookup(fullName, date)) {
            out.add(t.countryCode());
        }
        return out;
    }

    /**
     * @param surname   a surname as written ("Putin", "López Obrador", "von der Leyen", "Xi")
     * @param countries ISO alpha-2 codes to search among; an empty collection gives no result
     * @param date      the date of mention, or null for any year
     * @return the terms of those countries whose holder has that surname, in file order
     */
    public List<OfficeTerm> lookupSurname(String surname, Collection<String> countries, LocalDate date) {
        if (countries == null || countries.isEmpty()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String c : countries) {
            codes.add(c.toUpperCase(Locale.ROOT));
        }
        return filter(bySurname.get(NameKeys.key(surname)), codes, date);
    }

    /**
     * A looser lookup for name forms the files do not list ("Mohammad Morsi" for "Mohamed
     * Morsi", "Abdel Fattah Sissi" for "Abdel Fattah el-Sisi"): the first letter of the
     * first name and the last word, among the terms of the given countries.
     *
     * @param fullName  a full name of two words or more
     * @param countries ISO alpha-2 codes to search among; an empty collection gives no result
     * @param date      the date of mention, or null for any year
     * @return the matching terms, in file order
     */
    public List<OfficeTerm> lookupInitialSurname(String fullName, Collection<String> countries, LocalDate date) {
        String key = initialSurname(withoutInitials(NameKeys.key(fullName)));
        if (key == null || countries == null || countries.isEmpty()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(c -> codes.add(c.toUpperCase(Locale.ROOT)));
        return filter(byInitialSurname.get(key), codes, date);
    }

    /** @return "m morsi" for "mohamed morsi", or null for a one-word or regnal name */
    private static String initialSurname(String key) {
        List<String> words = new ArrayList<>(Arrays.asList(key.split(" ")));
        if (GENERATIONAL.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String last = words.get(words.size() - 1);
        if (words.size() < 2 || ROMAN_NUMERAL.matcher(last).matches()) {
            return null;
        }
        return words.get(0).charAt(0) + " " + last;
    }

    private static List<OfficeTerm> filter(List<OfficeTerm> terms, Set<String> codes, LocalDate date) {
        if (terms == null) {
            return List.of();
        }
        List<OfficeTerm> out = new ArrayList<>();
        for (OfficeTerm t : terms) {
            if ((codes == null || codes.contains(t.countryCode())) && t.covers(date)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static OfficeTerm parse(GazetteerResources.Line line, Countries countries) {
        String code = line.required(0).toUpperCase(Locale.ROOT);
        if (countries.byCode(code).isEmpty()) {
            throw line.error("unknown country code '" + code + "'");
        }
        Office office = Office.fromLabel(line.required(1)).orElseThrow(() ->
                line.error("unknown office '" + line.col(1) + "', expected one of "
                        + Arrays.stream(Office.values()).map(Office::label).toList()));
        int from = year(line, 4);
        int to = line.col(5).isEmpty() ? OfficeTerm.IN_OFFICE : year(line, 5);
        if (to < from) {
            throw line.error("term ends (" + to + ") before it starts (" + from + ")");
        }
        return new OfficeTerm(code, office, line.required(2), line.list(3), from, to);
    }

    private static int year(GazetteerResources.Line line, int column) {
        String c = line.required(column);
        if (!c.matches("\\d{4}")) {
            throw line.error("column " + (column + 1) + " is not a year: '" + c + "'");
        }
        return Integer.parseInt(c);
    }

    private void index(OfficeTerm t) {
        List<String> names = new ArrayList<>();
        names.add(t.name());
        names.addAll(t.aliases());
        Set<String> nameKeys = new LinkedHashSet<>();
        Set<String> surnameKeys = new LinkedHashSet<>();
        for (String n : names) {
            String key = NameKeys.key(n);
            if (key.indexOf(' ') < 0) {
                surnameKeys.add(key);
                continue;
            }
            String bare = withoutInitials(key);
            nameKeys.add(key);
            if (bare.indexOf(' ') > 0) {
                nameKeys.add(bare);
            }
            surnameKeys.addAll(surnameKeys(bare, t.countryCode()));
            String initial = FAMILY_NAME_FIRST.contains(t.countryCode()) ? null : initialSurname(bare);
            if (initial != null) {
                byInitialSurname.computeIfAbsent(initial, x -> new ArrayList<>()).add(t);
            }
        }
        nameKeys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(t));
        surnameKeys.forEach(k -> bySurname.computeIfAbsent(k, x -> new ArrayList<>()).add(t));
    }

    /**
     * @return the surname keys of a full-name key: its last one to three words (after a
     *         generational "jr"/"sr"), or its first word for family-name-first countries; none for
     *         regnal names ending in a numeral ("charles iii")
     */
    private static List<String> surnameKeys(String key, String countryCode) {
        List<String> words = new ArrayList<>(Arrays.asList(key.split(" ")));
        if (GENERATIONAL.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() < 2 || ROMAN_NUMERAL.matcher(words.get(words.size() - 1)).matches()) {
            return List.of();
        }
        if (FAMILY_NAME_FIRST.contains(countryCode)) {
            return List.of(words.get(0));
        }
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= MAX_SURNAME_WORDS && n < words.size(); n++) {
            out.add(String.join(" ", words.subList(words.size() - n, words.size())));
        }
        return out;
    }

    /** @return the key without one-letter words ("george w bush" → "george bush") */
    static String withoutInitials(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (String w : key.split(" ")) {
            if (w.length() > 1) {
                b.append(b.length() > 0 ? " " : "").append(w);
            }
        }
        return b.length() > 0 ? b.toString() : key;
    }
}
