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
 * <p>Every title phrase is also accepted after the modifiers "deputy", "first deputy",
 * "acting" and "interim" (which become part of the role) and "former" (which does not).
 * Matching is case-insensitive on {@link NameKeys} keys, except acronym phrases such as "PM"
 * (see {@link PhraseMatcher}). Immutable after construction and thread-safe.
 */
public final class Titles {

    private static final String[][] MODIFIERS = {
        {"deputy", "Deputy "}, {"first deputy", "First Deputy "}, {"acting", "Acting "},
        {"interim", "Interim "}, {"former", ""},
    };

    private final PhraseMatcher<String> titles;
    private final PhraseMatcher<Boolean> honorifics;
    private final Set<String> honorificKeys;
    private final int baseCount;

    /** Loads the resources; prefer {@link Gazetteers#titles()}, which loads once. */
    Titles() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        List<String[]> modified = new ArrayList<>();
        GazetteerResources.forEachLine("titles.tsv", line -> {
            String phrase = line.required(0);
            String role = line.required(1);
            builder.add(phrase, role);
            for (String[] m : MODIFIERS) {
                if (!NameKeys.key(phrase).startsWith(m[0] + " ")) {
                    modified.add(new String[] {m[0] + " " + phrase, m[1] + role});
                }
            }
        });
        this.baseCount = builder.size();
        modified.forEach(m -> builder.add(m[0], m[1]));
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
