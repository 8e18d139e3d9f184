package org.parley.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.NameMention;
import org.parley.article.PlaceMention;
import org.parley.extract.BoilerplateStage;
import org.parley.extract.CreditStage;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;
import org.parley.nlp.Pipeline;
import org.parley.nlp.PosStage;
import org.parley.nlp.SentenceStage;
import org.parley.nlp.TokenStage;
import org.parley.nlp.ner.NameFinderStage;

/** Runs one place rule on a fixture sentence, with the layers the place stage reads. */
final class PlaceFixture {
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(() -> new Pipeline(List.of(
            new SentenceStage(), new TokenStage(), new PosStage(), new BoilerplateStage(), new CreditStage(),
            new NameFinderStage())));

    private PlaceFixture() {
    }

    /** The tokens of an annotated one-paragraph text. */
    static TokenView annotate(String text) {
        Article a = new Article("fixture", "fixture.txt", text, new ArticleMetadata(null, null, null, null));
        return new TokenView(PIPELINE.get().process(a));
    }

    /**
     * Applies a rule at the first token that is {@code word} and describes what it added, or "-".
     * The article's cued towns are available to the rule.
     */
    static String apply(PlaceRule rule, String text, String word) {
        TokenView tv = annotate(text);
        List<NameMention> names = tv.article().get(Layers.NAMES);
        Map<String, City> towns = new CuedTowns().find(tv, names);
        int at = tokenOf(tv, word);
        PlaceScan scan = PlaceScan.of(tv, names, tv.get(at).sentence(), towns);
        rule.match(scan, at);
        return describe(scan.places(), scan.agents());
    }

    static int tokenOf(TokenView tv, String word) {
        for (int k = 0; k < tv.size(); k++) {
            if (tv.word(k).equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no token '" + word + "' in: " + tv.tokens());
    }

    static String describe(List<PlaceMention> places, List<AgentRef> agents) {
        List<String> out = new ArrayList<>();
        for (PlaceMention p : places) {
            out.add("place " + p.text() + " = " + p.place().name() + " " + p.place().kind() + " "
                    + p.place().countryCode() + (p.actor() ? " actor" : ""));
        }
        for (AgentRef a : agents) {
            out.add("agent " + a.text() + " = " + a.key() + " " + a.form());
        }
        return out.isEmpty() ? "-" : String.join("; ", out);
    }
}
