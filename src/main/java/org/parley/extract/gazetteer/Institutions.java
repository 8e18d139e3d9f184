package org.parley.extract.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.lexicon.Lexicon;

/**
 * Institutions that imply a country ("the Kremlin" → RU, "Downing Street" → GB) and international
 * organizations, armed groups and parties with their acronyms and aliases, from the hand-written
 * {@code institutions.tsv}. Matching follows {@link PhraseMatcher}: case-insensitive except for
 * acronyms ("WHO" matches, "who" does not); a leading "the" is not part of any alias. Immutable
 * after construction and thread-safe.
 */
public final class Institutions {

    private static final Set<String> KINDS = Lexicon.words("institution-kinds", "kinds");

    private final PhraseMatcher<Institution> matcher;
    private final List<Institution> canonical;

    /** Loads the resource; prefer {@link Gazetteers#institutions()}, which loads once. */
    Institutions() {
        PhraseMatcher.Builder<Institution> b = PhraseMatcher.builder();
        List<Institution> all = new ArrayList<>();
        GazetteerResources.forEachLine("institutions.tsv", line -> {
            String canon = line.required(0);
            String kind = line.required(1);
            if (!KINDS.contains(kind)) {
                throw line.error("unknown kind '" + kind + "', expected one of " + KINDS);
            }
            String cc = line.col(2).isEmpty() ? null : line.col(2).toUpperCase(Locale.ROOT);
            all.add(new Institution(canon, canon, kind, cc));
            for (String alias : line.list(3)) {
                b.add(alias, new Institution(alias, canon, kind, cc));
            }
        });
        this.matcher = b.build();
        this.canonical = List.copyOf(all);
    }

    /** @return one entry per institution (name = canonical name) */
    public List<Institution> all() {
        return canonical;
    }

    /** @return number of aliases */
    public int aliasCount() {
        return matcher.size();
    }

    /**
     * @param tokens the tokens of a sentence
     * @param start  index of the first token (after any "the")
     * @return the longest institution alias starting there, or empty
     */
    public Optional<Institution> match(List<String> tokens, int start) {
        return matcher.match(tokens, start).map(PhraseMatcher.Match::value);
    }

    /**
     * @param tokens the tokens of a sentence
     * @param start  index of the first token
     * @return the longest match with its token count, or empty
     */
    public Optional<PhraseMatcher.Match<Institution>> matchWithLength(List<String> tokens, int start) {
        return matcher.match(tokens, start);
    }

    /**
     * @param text a whole name ("the Kremlin", "Ansar Allah", "NATO")
     * @return the institution when the whole text (after a leading "the") is one alias
     */
    public Optional<Institution> lookup(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        if (tokens.size() > 1 && tokens.get(0).equalsIgnoreCase("the")) {
            tokens.remove(0);
        }
        return matcher.match(tokens, 0).filter(m -> m.tokenCount() == tokens.size())
                .map(PhraseMatcher.Match::value);
    }
}
