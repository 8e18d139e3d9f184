package org.parley.extract.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.extract.lexicon.Lexicon;

/**
 * The lexicon's relevance cues ({@code relevance-cues.txt}): for a sentence, which of the cue
 * sections ("negotiation", "statecraft", "sports", "elections", ...) have an entry in it. Each
 * section is one feature of the {@link RelevanceModel}; the sections are read from the file, so a
 * new domain is a new section there and needs no code.
 *
 * <p>Thread-safe: immutable once built.
 */
public final class RelevanceCues {
    /** The lexicon concept holding the cues. */
    static final String CONCEPT = "relevance-cues";

    private static final RelevanceCues INSTANCE = new RelevanceCues();

    private final Map<String, Pattern> sections = new LinkedHashMap<>();
    /** The sections that do not point away from diplomacy (the file's {@code @TOWARDS}). */
    private final List<String> towards = List.of(Lexicon.macro(CONCEPT, "TOWARDS").split("\\s+"));

    private RelevanceCues() {
        for (String section : Lexicon.file(CONCEPT).sectionNames()) {
            String group = Lexicon.alternation(CONCEPT, section);
            sections.put(section, Pattern.compile("(?<![\\p{L}\\p{N}])" + group + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** @return the shared instance */
    public static RelevanceCues get() {
        return INSTANCE;
    }

    /** @return the names of the cue sections, in file order */
    public List<String> sections() {
        return List.copyOf(sections.keySet());
    }

    /**
     * @param cues the cue sections found in a sentence
     * @return true when one of them names a domain other than diplomacy (sports, elections...)
     */
    public boolean elsewhere(List<String> cues) {
        for (String cue : cues) {
            if (!towards.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param sentence a sentence's text
     * @return the names of the sections with an entry in the sentence, in file order
     */
    public List<String> cues(String sentence) {
        List<String> out = new ArrayList<>();
        sections.forEach((name, pattern) -> {
            if (pattern.matcher(sentence).find()) {
                out.add(name);
            }
        });
        return out;
    }
}
