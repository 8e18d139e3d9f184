package org.parley.extract.relevance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Map<String, Pattern> sections = new LinkedHashMap<>();
    /** The sections whose entries all have anchors, in file order. */
    private final List<String> anchored = new ArrayList<>();
    /** Anchors by their first letter, each with the section it stands for. */
    private final Map<Character, List<Map.Entry<String, String>>> anchors = new HashMap<>();
    /** The sections that do not point away from diplomacy (the file's {@code @TOWARDS}). */
    private final List<String> towards = List.of(Lexicon.macro(CONCEPT, "TOWARDS").split("\\s+"));

    private RelevanceCues() {
        for (String section : Lexicon.file(CONCEPT).sectionNames()) {
            String group = Lexicon.alternation(CONCEPT, section);
            sections.put(section, Pattern.compile("(?<![\\p{L}\\p{N}])" + group + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            index(section);
        }
    }

    /** Indexes a section's anchors, when every entry of it has some. */
    private void index(String section) {
        List<String> all = new ArrayList<>();
        for (String entry : Lexicon.entries(CONCEPT, section)) {
            Optional<List<String>> a = CueAnchors.of(entry);
            if (a.isEmpty()) {
                return;
            }
            all.addAll(a.get());
        }
        anchored.add(section);
        for (String anchor : all) {
            anchors.computeIfAbsent(anchor.charAt(0), k -> new ArrayList<>()).add(Map.entry(anchor, section));
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
        Set<String> possible = possibleSections(sentence);
        List<String> out = new ArrayList<>();
        sections.forEach((name, pattern) -> {
            if ((possible.contains(name) || !anchored.contains(name)) && pattern.matcher(sentence).find()) {
                out.add(name);
            }
        });
        return out;
    }

    /**
     * The same as {@link #cues} without the anchors' pre-test: every section's expression is run.
     *
     * @param sentence a sentence's text
     * @return the names of the sections with an entry in the sentence, in file order
     */
    List<String> cuesByFullScan(String sentence) {
        List<String> out = new ArrayList<>();
        sections.forEach((name, pattern) -> {
            if (pattern.matcher(sentence).find()) {
                out.add(name);
            }
        });
        return out;
    }

    /** The anchored sections one of whose anchors starts a word of the sentence. */
    private Set<String> possibleSections(String sentence) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> a : anchors.getOrDefault(word.charAt(0), List.of())) {
                if (word.startsWith(a.getKey())) {
                    out.add(a.getValue());
                }
            }
        }
        return out;
    }
}
