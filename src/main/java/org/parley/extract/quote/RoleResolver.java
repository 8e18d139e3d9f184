package org.parley.extract.quote;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.article.PersonMention;
import org.parley.extract.lexicon.Lexicon;

/**
 * Resolves a role phrase ("the Turkish minister", "the spokesman") to a person: the one person
 * mentioned whose role contains the role word and, when a nationality adjective is given, whose
 * country matches it (lexicon {@code demonyms.txt}); when several match, the one mentioned last
 * before the phrase.
 *
 * <p>Input: the persons, the adjective (or null), the role word and the phrase's offset; output:
 * the person's name or null. Immutable after construction and thread-safe.
 */
public final class RoleResolver {
    private final Map<String, String> demonyms = new HashMap<>();

    /** Reads the nationality adjectives from the lexicon. */
    public RoleResolver() {
        for (String entry : Lexicon.entries("demonyms", "adjectives")) {
            int cut = entry.lastIndexOf(' ');
            demonyms.put(entry.substring(0, cut).strip().toLowerCase(Locale.ROOT), entry.substring(cut + 1).strip());
        }
    }

    /**
     * @param adjective a capitalised word before the role
     * @return whether it is a known nationality adjective
     */
    public boolean isDemonym(String adjective) {
        return demonyms.containsKey(adjective.toLowerCase(Locale.ROOT));
    }

    /**
     * @param persons   the person mentions, sorted by span
     * @param adjective the nationality adjective, or null
     * @param role      the role word ("minister")
     * @param at        the phrase's start offset
     * @return the person's name, or null when the adjective is unknown or no person fits
     */
    public String resolve(List<PersonMention> persons, String adjective, String role, int at) {
        String code = adjective == null ? null : demonyms.get(adjective.toLowerCase(Locale.ROOT));
        if (adjective != null && code == null) {
            return null;
        }
        String head = role.toLowerCase(Locale.ROOT);
        Set<String> names = new LinkedHashSet<>();
        String lastBefore = null;
        for (PersonMention p : persons) {
            if (p.role() != null && p.role().toLowerCase(Locale.ROOT).contains(head)
                    && (code == null || code.equals(p.countryCode()))) {
                names.add(p.name());
                if (p.span().start() < at) {
                    lastBefore = p.name();
                }
            }
        }
        if (names.size() == 1) {
            return names.iterator().next();
        }
        return lastBefore;
    }
}
