package org.parley.extract.credit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads person names in bylines and credits: two to five words (capitalised words, words in
 * capitals, initials, particles such as "de", "van", "bin"), none of them an agency or non-name
 * word; names in capitals are turned to title case ("DIMITAR DILKOFF" becomes "Dimitar Dilkoff").
 *
 * <p>Input: a text part; output: the names it holds. Immutable and thread-safe.
 */
public final class NameReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bAND\\b)\\s*");
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*");
    private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}(?:['’]?\\p{Lu})+(?:-\\p{Lu}+)*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 5;

    private final CreditVocabulary vocabulary;

    /** @param vocabulary the agency, non-name and particle words */
    public NameReader(CreditVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Reads a list of names ("Jane Doe and John Roe"), stopping at the first part that is none.
     *
     * @param list          the text
     * @param capsThenOther accept a name in capitals followed by other words ("JANE DOE Associated
     *                      Press") as that name
     * @return the names, title-cased
     */
    public List<String> names(String list, boolean capsThenOther) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SPLIT.split(list.strip())) {
            String candidate = part.strip();
            if (isName(candidate)) {
                out.add(titleCase(candidate));
                continue;
            }
            if (capsThenOther) {
                String[] words = SPACES.split(candidate);
                int n = 0;
                while (n < words.length && CAPS_WORD.matcher(words[n]).matches()
                        && !vocabulary.isNonName(words[n].toLowerCase(Locale.ROOT))) {
                    n++;
                }
                String head = String.join(" ", Arrays.copyOf(words, n));
                if (n >= MIN_WORDS && n < words.length && isName(head)) {
                    out.add(titleCase(head));
                }
            }
            break;
        }
        return out;
    }

    /**
     * @param candidate a stripped text
     * @return whether the whole text is one person's name
     */
    public boolean isName(String candidate) {
        String[] words = SPACES.split(candidate);
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) {
            return false;
        }
        int proper = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (vocabulary.isParticle(w)) {
                continue;
            }
            if (vocabulary.isNonName(lower) || vocabulary.isAgencyWord(lower)) {
                return false;
            }
            if (TITLE_WORD.matcher(w).matches() || CAPS_WORD.matcher(w).matches()) {
                proper++;
            } else if (!INITIAL.matcher(w).matches()) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return proper >= 2 || proper == 1 && !INITIAL.matcher(last).matches() && words.length > 1
                && INITIAL.matcher(words[0]).matches();
    }

    /**
     * @param name a name, possibly in capitals
     * @return words in capitals turned to title case ("JEAN-PIERRE O'NEIL" to "Jean-Pierre O'Neil")
     */
    public static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : SPACES.split(name.strip())) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (w.length() > 1 && CAPS_WORD.matcher(w).matches()) {
                boolean start = true;
                for (char ch : w.toCharArray()) {
                    out.append(start ? ch : Character.toLowerCase(ch));
                    start = ch == '-' || ch == '\'' || ch == '’';
                }
            } else {
                out.append(w);
            }
        }
        return out.toString();
    }
}
