package org.parley.extract.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.parley.extract.PatternResource;

/**
 * Parley's one lexicon: every word list and phrase pattern the extraction rules use, read from
 * the files under {@code /org/parley/lexicon/} (one concept per file: {@code months.txt},
 * {@code meeting-nouns.txt}, ...; file format as {@link PatternResource}). A concept whose rules
 * need slightly different lists keeps them as sections of its one file, so that a word is
 * defined once, in one place, and every rule that shares it reads the same entry.
 *
 * <p>Rules take their lists once, in static initializers or constructors, never per token. Every
 * section read is recorded, so a test can check that no list in the lexicon goes unused.
 *
 * <p>Thread-safe: files are parsed once and cached; the returned collections are immutable.
 */
public final class Lexicon {
    /** The classpath folder of the lexicon files. */
    public static final String ROOT = "/org/parley/lexicon/";

    private static final Map<String, PatternResource> FILES = new ConcurrentHashMap<>();
    private static final Set<String> READ = ConcurrentHashMap.newKeySet();

    private Lexicon() {
    }

    /**
     * The entries of one section, as written (macros expanded), in file order.
     *
     * @param concept the file's name without {@code .txt} ("months")
     * @param section the section's name ("names")
     * @return the entries
     * @throws IllegalStateException naming the file when it or the section does not exist
     */
    public static List<String> entries(String concept, String section) {
        PatternResource file = file(concept);
        if (!file.sectionNames().contains(section)) {
            throw new IllegalStateException(file.resource() + ": no section [" + section + "]");
        }
        READ.add(concept + "[" + section + "]");
        return List.copyOf(file.entries(section));
    }

    /**
     * The union of some sections' entries, as written.
     *
     * @param concept  the file's name without {@code .txt}
     * @param sections one or more section names
     * @return the entries, in file order, without repeats
     */
    public static Set<String> words(String concept, String... sections) {
        Set<String> out = new LinkedHashSet<>();
        for (String section : sections) {
            out.addAll(entries(concept, section));
        }
        return Set.copyOf(out);
    }

    /**
     * The union of some sections' entries, lower-cased (for lookups of lower-cased tokens).
     *
     * @param concept  the file's name without {@code .txt}
     * @param sections one or more section names
     * @return the lower-cased entries
     */
    public static Set<String> lowerWords(String concept, String... sections) {
        Set<String> out = new LinkedHashSet<>();
        for (String section : sections) {
            entries(concept, section).forEach(e -> out.add(e.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(out);
    }

    /**
     * A section's entries joined into one regular-expression group, {@code (?:a|b|c)}, in file
     * order (put longer alternatives first in the file where one is a prefix of another). Entries
     * are regular-expression fragments.
     *
     * @param concept the file's name without {@code .txt}
     * @param section the section's name
     * @return the group
     */
    public static String alternation(String concept, String section) {
        return "(?:" + String.join("|", entries(concept, section)) + ")";
    }

    /**
     * A section's entries compiled one by one.
     *
     * @param concept the file's name without {@code .txt}
     * @param section the section's name
     * @param flags   {@link Pattern} flags
     * @return the patterns, in file order
     */
    public static List<Pattern> patterns(String concept, String section, int flags) {
        entries(concept, section);
        return file(concept).patterns(section, flags);
    }

    /**
     * A macro of a file ({@code @NAME = ...}), expanded.
     *
     * @param concept the file's name without {@code .txt}
     * @param name    the macro's name without {@code @}
     * @return its value
     */
    public static String macro(String concept, String name) {
        READ.add(concept + "@" + name);
        return file(concept).macro(name);
    }

    /**
     * @param concept the file's name without {@code .txt}
     * @return the parsed file (for tests and tools that walk the lexicon)
     */
    public static PatternResource file(String concept) {
        return FILES.computeIfAbsent(concept, c -> PatternResource.load(ROOT + c + ".txt"));
    }

    /** @return the sections ({@code concept[section]}) and macros ({@code concept@NAME}) read so far */
    public static Set<String> read() {
        return Set.copyOf(READ);
    }
}
