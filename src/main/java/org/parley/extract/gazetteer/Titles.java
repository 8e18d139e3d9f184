package org.parley.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Office titles ({@code titles.tsv}: phrase and normalized role) and honorifics
 * ({@code honorifics.txt}).
 *
 * <p>Every title phrase is also accepted after the modifiers "deputy", "first deputy", "vice"
 * ("vice-chairman"), "acting" and "interim" (which become part of the role) and "former" (which
 * does not).
 * Matching is case-insensitive on {@link NameKeys} keys, except acronym phrases such as "PM"
 * (see {@link PhraseMatcher}). Immutable after construction and thread-safe.
 */
public final class Titles {

    /**
     * A modifier accepted before every title phrase.
     *
     * @param words      the modifier as written before the phrase ("first deputy")
     * @param rolePrefix what it adds before the role ("First Deputy "; empty when the role stays)
     */
    private record Modifier(String words, String rolePrefix) {
    }

    /**
     * A title phrase and the role it gives.
     *
     * @param phrase the phrase ("deputy foreign minister")
     * @param role   the normalized role ("Deputy Foreign Minister")
     */
    private record TitlePhrase(String phrase, String role) {
    }

    private static final List<Modifier> MODIFIERS = List.of(
            new Modifier("deputy", "Deputy "), new Modifier("first deputy", "First Deputy "), new Modifier("vice", "Vice "),
            new Modifier("acting", "Acting "), new Modifier("interim", "Interim "), new Modifier("former", ""));

    private final PhraseMatcher<String> titles;
    private final PhraseMatcher<Boolean> honorifics;
    private final Set<String> honorificKeys;
    private final int baseCount;

    /** Loads the resources; prefer {@link Gazetteers#titles()}, which loads once. */
    Titles() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        List<TitlePhrase> modified = new ArrayList<>();
        GazetteerResources.forEachLine("titles.tsv", line -> {
            String phrase = line.required(0);
            String role = line.required(1);
            builder.add(phrase, role);
            for (Modifier m : MODIFIERS) {
                if (!NameKeys.key(phrase).startsWith(m.words() + " ")) {
                    modified.add(new TitlePhrase(m.words() + " " + phrase, m.rolePrefix() + role));
                }
            }
        });
        this.baseCount = builder.size();
        modified.forEach(m -> builder.add(m.phrase(), m.role()));
        this.titles = builder.build();
        PhraseMatcher.Builder<Boolean> h = PhraseMatcher.builder();
        Set<String> keys = new HashSet<>();
        for (String w : GazetteerResources.words("honorifics.txt")) {
            h.add(w, Boolean.TRUE);
            keys.add(NameKeys.key(w));
        }
        this.honorifics = h.build();
        this.honorificKeys = Set.copyOf(keys);
    }

    /** @return number of title phrases in titles.tsv (without generated modifier forms) */
    public int size() {
        return baseCount;
    }

    /** @return number of honorifics */
    public int honorificCount() {
        return honorificKeys.size();
    }

    /**
     * @param tokens the tokens of a sentence
     * @param start  index of the first token of the candidate title
     * @return the longest title starting at {@code start}, or empty
     */
    public Optional<Title> match(List<String> tokens, int start) {
        return titles.match(tokens, start).map(m -> new Title(m.value(), m.tokenCount()));
    }

    /**
     * @param text one token ("Mr.", "Sheikh") or a multi-word honorific ("Lt. Gen.")
     * @return true when the whole text is an honorific to strip before a name
     */
    public boolean isHonorific(String text) {
        return honorificKeys.contains(NameKeys.key(text));
    }

    /**
     * @param tokens the tokens of a sentence
     * @param start  index of the first token
     * @return number of tokens of the longest honorific starting at {@code start}, 0 when none
     */
    public int honorificLength(List<String> tokens, int start) {
        return honorifics.match(tokens, start).map(PhraseMatcher.Match::tokenCount).orElse(0);
    }
}
