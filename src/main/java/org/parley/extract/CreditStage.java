package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.Credit;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Span;
import org.parley.extract.credit.BylineRule;
import org.parley.extract.credit.CreditVocabulary;
import org.parley.extract.credit.LoneAuthorRule;
import org.parley.extract.credit.NameReader;
import org.parley.extract.credit.PhotoCreditRule;
import org.parley.nlp.Stage;

/**
 * Finds bylines and photo credits, so that the people they name are recorded as authors or
 * photographers and later stages can exclude their characters from person extraction.
 *
 * <p>Rules (package {@code org.parley.extract.credit}), in this order:
 * <ol>
 *   <li>{@link BylineRule}, on every line: "By Jane Roe and John Doe", "Reporting by ..." (AUTHOR);</li>
 *   <li>{@link PhotoCreditRule}, on every line: "(AP Photo/Jane Roe)", "Photo: Reuters/Jane Roe",
 *       "JOHN DOE/AFP via Getty" (PHOTOGRAPHER);</li>
 *   <li>{@link LoneAuthorRule}, once the lines are done: a lone name after a caption or a photo
 *       credit near the top (AUTHOR).</li>
 * </ol>
 * Names are read by {@link NameReader}; agency and non-name words come from the lexicon
 * ({@code credits.txt}, {@code credit-cues.txt}, {@code months.txt}, {@code weekdays.txt}).
 * Agencies alone are never credited.
 *
 * <p>Requires SENTENCES and BOILERPLATE, provides CREDITS (sorted by span). Stateless after
 * construction and thread-safe.
 */
public final class CreditStage implements Stage {
    private final BylineRule bylines;
    private final PhotoCreditRule photoCredits;
    private final LoneAuthorRule loneAuthors;

    /** Loads the vocabulary from the lexicon. */
    public CreditStage() {
        CreditVocabulary vocabulary = new CreditVocabulary();
        NameReader names = new NameReader(vocabulary);
        bylines = new BylineRule(names);
        photoCredits = new PhotoCreditRule(vocabulary, names);
        loneAuthors = new LoneAuthorRule(names);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.BOILERPLATE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CREDITS);
    }

    @Override
    public void process(Article article) {
        String text = article.text();
        List<Credit> out = new ArrayList<>();
        List<Span> lines = Lines.of(text);
        boolean[] hasPhotoCredit = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String lineText = line.of(text);
            int before = out.size();
            bylines.apply(line, lineText, out);
            photoCredits.apply(line, lineText, out);
            hasPhotoCredit[i] = out.subList(before, out.size()).stream()
                    .anyMatch(c -> c.kind() == Credit.Kind.PHOTOGRAPHER);
        }
        loneAuthors.apply(text, lines, hasPhotoCredit, article.get(Layers.BOILERPLATE), out);
        out.sort(Comparator.comparing(Credit::span).thenComparing(Credit::name));
        article.put(Layers.CREDITS, out);
    }

    /**
     * @param name a name, possibly in capitals
     * @return words in capitals turned to title case (see {@link NameReader#titleCase})
     */
    static String titleCase(String name) {
        return NameReader.titleCase(name);
    }
}
