package org.parley.extract.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.article.PersonMention;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.NameKeys;
import org.parley.extract.gazetteer.OfficeHolders;
import org.parley.extract.gazetteer.OfficeTerm;

/**
 * One person under two spellings in one article ("Mohammad Morsi" in the report, "Mohamed
 * Morsi" in a quoted statement): full names that {@link OfficeHolders} resolves to the
 * same listed office-holder, by full name or by first initial and last name among the article's
 * countries, are one person, named by the form the list gives as the holder's name when the
 * article uses it, else by the fullest form (most words, then the first written).
 * Names the list does not know are left as they are.
 *
 * <p>Stateless and thread-safe.
 */
public final class OfficeHolderNames {
    private OfficeHolderNames() {
    }

    /**
     * @param mentions         the article's person mentions
     * @param articleCountries ISO codes of the countries the article names
     * @return the mentions, with the spellings of one office-holder unified
     */
    public static List<PersonMention> unify(List<PersonMention> mentions, Collection<String> articleCountries) {
        OfficeHolders holders = Gazetteers.get().officeHolders();
        Map<String, String> holderOf = new LinkedHashMap<>();
        for (PersonMention m : mentions) {
            if (!holderOf.containsKey(m.name()) && m.name().indexOf(' ') > 0) {
                holderOf.put(m.name(), holder(holders, m.name(), articleCountries));
            }
        }
        Map<String, String> fullest = new HashMap<>();
        holderOf.forEach((name, holder) -> {
            if (holder != null) {
                fullest.merge(holder, name, (a, b) -> better(holder, b, a) ? b : a);
            }
        });
        return mentions.stream().map(m -> {
            String holder = holderOf.get(m.name());
            String name = holder == null ? m.name() : fullest.get(holder);
            return name.equals(m.name()) ? m : new PersonMention(m.span(), m.text(), name, m.role(), m.countryCode(),
                    m.affiliation(), m.confidence());
        }).collect(Collectors.toList());
    }

    /** The listed name of the one office-holder the name resolves to, or null. */
    private static String holder(OfficeHolders holders, String name, Collection<String> countries) {
        List<OfficeTerm> terms = holders.lookup(name);
        if (terms.isEmpty()) {
            terms = holders.lookupInitialSurname(name, countries, null);
        }
        Set<String> listed = terms.stream().map(t -> t.countryCode() + ":" + t.name()).collect(Collectors.toSet());
        return listed.size() == 1 ? listed.iterator().next() : null;
    }

    /** True when name b should stand for the holder rather than a: the listed name, else more words. */
    private static boolean better(String holder, String b, String a) {
        String listed = NameKeys.key(holder.substring(holder.indexOf(':') + 1));
        if (NameKeys.key(a).equals(listed) != NameKeys.key(b).equals(listed)) {
            return NameKeys.key(b).equals(listed);
        }
        return words(b) > words(a);
    }

    private static int words(String name) {
        return name.trim().split("\\s+").length;
    }
}
