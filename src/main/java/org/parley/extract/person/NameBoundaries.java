package org.parley.extract.person;

import java.util.HashSet;
import java.util.Set;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.lexicon.Lexicon;

/**
 * Where a person's name starts and ends: the run of capitalized tokens that may form a name,
 * across name particles ("Humberto de la Calle"), joined hyphens ("Kim Jong-un") and the full stop
 * of a middle initial ("John F. Kerry"), stopped by
 * stop words, countries, demonyms, titles and a possessive. Lexicon: {@code person-stop-words},
 * {@code months} and {@code weekdays} [names], {@code name-particles}. Stateless and thread-safe.
 */
public final class NameBoundaries {
    /** Longest name, in tokens. */
    public static final int MAX_NAME = 5;
    private static final Set<String> STOP = stopWords();
    private static final Set<String> PARTICLES = Lexicon.lowerWords("name-particles", "particles");
    /** Most particles in a row inside a name ("de la"). */
    private static final int MAX_PARTICLES = 2;

    private NameBoundaries() {
    }

    private static Set<String> stopWords() {
        Set<String> words = new HashSet<>(Lexicon.lowerWords("person-stop-words", "words"));
        words.addAll(Lexicon.lowerWords("months", "names"));
        words.addAll(Lexicon.lowerWords("weekdays", "names"));
        return Set.copyOf(words);
    }

    /**
     * True when token i cannot be part of a name. "He" is a surname when a capitalized word (a
     * title) comes before it and a capitalized word after it: "Vice Premier He Lifeng".
     *
     * @param tv the article's tokens
     * @param i  a token index
     * @return whether token i is a stop word here
     */
    public static boolean stopWord(TokenView tv, int i) {
        return STOP.contains(tv.lower(i)) && !surnameHe(tv, i);
    }

    private static boolean surnameHe(TokenView tv, int i) {
        return tv.word(i).equals("He") && i > 0 && i + 1 < tv.size()
                && tv.get(i - 1).sentence() == tv.get(i).sentence() && tv.get(i + 1).sentence() == tv.get(i).sentence()
                && tv.capitalized(i - 1) && tv.capitalized(i + 1) && Character.isLetter(tv.word(i - 1).charAt(0));
    }

    /**
     * @param tv the article's tokens
     * @param i  a token index
     * @return true for an honorific ("Mr.", "H.E."), but not the surname "He" written after a title
     */
    public static boolean honorific(TokenView tv, int i) {
        return Gazetteers.get().titles().isHonorific(tv.word(i)) && !surnameHe(tv, i);
    }

    /**
     * @param tv   the article's tokens
     * @param from index of the name's first token
     * @return index after the run of name tokens starting at {@code from} ({@code from} when none)
     */
    public static int nameEnd(TokenView tv, int from) {
        int sentence = from < tv.size() ? tv.get(from).sentence() : -1;
        int i = from;
        while (i < tv.size() && i - from < MAX_NAME && tv.get(i).sentence() == sentence && nameToken(tv, i)) {
            i++;
            if (tv.possessive(i - 1)) {
                break;
            }
            if (initialWithStop(tv, i - 1)) {
                // "John F. Kerry": the full stop after an initial does not end the name
                i++;
                sentence = tv.get(i).sentence();
                continue;
            }
            i = afterParticles(tv, i, sentence);
            // "Kim Yong-chol" tokenized "Yong" "-chol": the hyphenated rest of the word
            if (i < tv.size() && tv.get(i).text().length() > 1 && tv.get(i).text().startsWith("-")
                    && adjacent(tv, i - 1, i) && Character.isLetter(tv.get(i).text().codePointAt(1))) {
                i++;
            }
            // "Kim Jong-un", "Kim Yo-jong": a hyphen joining letters without spaces
            if (i + 1 < tv.size() && tv.get(i).text().equals("-") && adjacent(tv, i - 1, i) && adjacent(tv, i, i + 1)
                    && Character.isLetter(tv.get(i + 1).text().codePointAt(0))) {
                i += 2;
            }
        }
        return i;
    }

    /** True when token i is one capital letter followed by its full stop and a name token ("F. Kerry"). */
    private static boolean initialWithStop(TokenView tv, int i) {
        String t = tv.get(i).text();
        return t.length() == 1 && Character.isUpperCase(t.charAt(0)) && i + 2 < tv.size()
                && tv.get(i + 1).text().equals(".") && adjacent(tv, i, i + 1) && nameToken(tv, i + 2);
    }

    private static boolean nameToken(TokenView tv, int i) {
        Gazetteers gaz = Gazetteers.get();
        return tv.capitalized(i) && Character.isLetter(tv.get(i).text().codePointAt(0)) && !stopWord(tv, i)
                && gaz.countries().byName(tv.word(i)).isEmpty() && gaz.countries().byDemonym(tv.word(i)).isEmpty()
                && TitleLookup.at(tv, i) == null;
    }

    /** Past name particles at i when a capitalized non-title word follows them, else i. */
    private static int afterParticles(TokenView tv, int i, int sentence) {
        int p = i;
        while (p < tv.size() && p - i < MAX_PARTICLES && tv.get(p).sentence() == sentence
                && PARTICLES.contains(tv.lower(p))) {
            p++;
        }
        if (p > i && p < tv.size() && tv.get(p).sentence() == sentence && tv.capitalized(p)
                && TitleLookup.at(tv, p) == null) {
            return p;
        }
        if (p > i && p < tv.size() && tv.get(p).sentence() == sentence && hyphenatedRest(tv, p)) {
            // "Khalil al-Hayya" tokenized "al" "-Hayya": the particle's capitalised rest
            return p + 1;
        }
        return i;
    }

    /** True when token p is "-" and a capital glued to the token before it ("-Hayya" after "al"). */
    private static boolean hyphenatedRest(TokenView tv, int p) {
        String t = tv.get(p).text();
        return t.length() > 2 && t.charAt(0) == '-' && Character.isUpperCase(t.codePointAt(1)) && adjacent(tv, p - 1, p);
    }

    private static boolean adjacent(TokenView tv, int a, int b) {
        return tv.get(a).span().end() == tv.get(b).span().start();
    }
}
