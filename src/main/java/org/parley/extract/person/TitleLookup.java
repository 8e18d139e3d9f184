package org.parley.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Title;

/**
 * Finds the office title ({@code titles.tsv}) that starts at a token, within its sentence; a
 * plural first word ("Presidents") is tried in the singular. Stateless and thread-safe.
 */
public final class TitleLookup {
    /** Longest title phrase looked up, in tokens. */
    static final int MAX_TITLE = 6;

    private TitleLookup() {
    }

    /**
     * @param tv the article's tokens
     * @param i  a token index (may be past the end)
     * @return the longest title starting at token i, or null
     */
    public static Title at(TokenView tv, int i) {
        if (i >= tv.size()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int sentence = tv.get(i).sentence();
        for (int k = i; k < Math.min(tv.size(), i + MAX_TITLE) && tv.get(k).sentence() == sentence; k++) {
            words.add(tv.word(k));
        }
        Optional<Title> t = Gazetteers.get().titles().match(words, 0);
        if (t.isEmpty() && !words.isEmpty() && words.get(0).length() > 2 && words.get(0).endsWith("s")) {
            List<String> singular = new ArrayList<>(words);
            singular.set(0, words.get(0).substring(0, words.get(0).length() - 1));
            t = Gazetteers.get().titles().match(singular, 0);
        }
        return t.orElse(null);
    }
}
