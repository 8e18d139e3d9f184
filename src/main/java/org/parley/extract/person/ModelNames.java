package org.parley.extract.person;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.Layers;
import org.parley.article.NameMention;
import org.parley.extract.CommonWords;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Title;

/**
 * Name candidates from the name finder's PERSON names (NAMES layer): leading titles, honorifics
 * and lower-case words are cut off; a name made of capitalized common words ("National
 * Reconciliation") or below {@link #MIN_CONFIDENCE} is dropped. Stateless and thread-safe.
 */
public final class ModelNames {
    /** Names the model alone proposes need at least this probability. */
    public static final double MIN_CONFIDENCE = 0.5;

    private ModelNames() {
    }

    /**
     * @param tv      the article's tokens
     * @param article the article, with NAMES
     * @param filter  the article's candidate filter
     * @return the model's names, each with the model's probability, in the layer's order
     */
    public static List<Candidate> find(TokenView tv, Article article, CandidateFilter filter) {
        List<Candidate> found = new ArrayList<>();
        for (NameMention m : article.get(Layers.NAMES)) {
            if (m.type() != NameMention.NameType.PERSON) {
                continue;
            }
            int from = tv.tokenAt(m.span().start());
            int to = tv.tokenAt(m.span().end() - 1) + 1;
            if (from < 0 || to <= from) {
                continue;
            }
            while (from < to && (TitleLookup.at(tv, from) != null || NameBoundaries.honorific(tv, from)
                    || !tv.capitalized(from))) {
                Title t = TitleLookup.at(tv, from);
                from += t != null ? t.tokenCount() : 1;
            }
            if (m.confidence() >= MIN_CONFIDENCE && !commonWords(tv, from, to)) {
                filter.add(found, from, to, m.confidence());
            }
        }
        return found;
    }

    /** True when the name is made of capitalized common words ("National Reconciliation"). */
    static boolean commonWords(TokenView tv, int from, int to) {
        Gazetteers gaz = Gazetteers.get();
        if (gaz.givenNames().contains(tv.word(from))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (gaz.givenNames().isCapitalizedNonName(tv.word(k))) {
                return true;
            }
        }
        for (int k = from; k < to; k++) {
            if (!CommonWords.contains(tv.word(k))) {
                return false;
            }
        }
        return true;
    }
}
