package org.parley.extract.credit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.extract.lexicon.Lexicon;

/**
 * The words credit rules compare against: agencies and photo services, words that never belong
 * to a person's name, and name particles (from {@code credits.txt}, {@code months.txt} and
 * {@code weekdays.txt} of the lexicon).
 *
 * <p>Input: a part of a credit or a word; output: whether it is an agency, a non-name word or a
 * particle. Immutable and thread-safe.
 */
public final class CreditVocabulary {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> agencies = Lexicon.lowerWords("credits", "agencies");
    private final Set<String> nonName;
    private final Set<String> particles = Lexicon.words("credits", "name-particles");

    /** Reads the lists from the lexicon. */
    public CreditVocabulary() {
        Set<String> words = new HashSet<>(Lexicon.lowerWords("credits", "nonname"));
        words.addAll(Lexicon.lowerWords("months", "names"));
        words.addAll(Lexicon.lowerWords("weekdays", "names"));
        nonName = Set.copyOf(words);
    }

    /**
     * @param part a part of a credit ("AFP", "Getty Images", "HarbourNews Pool Photo")
     * @return whether the part, or one of its words, is an agency or credit word
     */
    public boolean isAgency(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (agencies.contains(lower)) {
            return true;
        }
        for (String word : SPACES.split(lower)) {
            if (agencies.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param lowerWord a lower-cased word
     * @return whether it is an agency word (so no part of a person's name)
     */
    public boolean isAgencyWord(String lowerWord) {
        return agencies.contains(lowerWord);
    }

    /**
     * @param lowerWord a lower-cased word
     * @return whether it never belongs to a person's name ("staff", "press", "monday")
     */
    public boolean isNonName(String lowerWord) {
        return nonName.contains(lowerWord);
    }

    /**
     * @param word a word as written
     * @return whether it is a name particle ("de", "van", "bin")
     */
    public boolean isParticle(String word) {
        return particles.contains(word);
    }
}
