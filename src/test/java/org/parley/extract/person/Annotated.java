package org.parley.extract.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.Extraction;
import org.parley.extract.TokenView;
import org.parley.nlp.Pipeline;

/** Runs the extraction pipeline over a short fixture sentence and finds tokens and phrases in it. */
final class Annotated {
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Extraction::pipeline);

    private Annotated() {
    }

    /** @return the tokens of the annotated text */
    static TokenView tokens(String text) {
        Article a = new Article("fixture", "fixture.txt", text,
                new ArticleMetadata(null, LocalDate.of(2024, 3, 4), null, null));
        PIPELINE.get().process(a);
        return new TokenView(a);
    }

    /** @return the index of the first token written {@code word} */
    static int token(TokenView tv, String word) {
        for (int i = 0; i < tv.size(); i++) {
            if (tv.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    /** @return the agent covering each token */
    static AgentRef[] agents(TokenView tv) {
        return SideFinder.byToken(tv, tv.article().get(Layers.AGENTS));
    }

    /** @return candidates for the phrases, each at its first occurrence not overlapping an earlier one */
    static List<Candidate> candidates(TokenView tv, String... phrases) {
        List<Candidate> out = new ArrayList<>();
        boolean[] used = new boolean[tv.size()];
        for (String phrase : phrases) {
            Candidate found = null;
            for (int i = 0; i < tv.size() && found == null; i++) {
                for (int end = i + 1; end <= Math.min(tv.size(), i + 8) && found == null; end++) {
                    if (!used[i] && !used[end - 1] && FullNames.written(tv, i, end).equals(phrase)) {
                        found = new Candidate(i, end, 0.9);
                    }
                }
            }
            if (found == null) {
                throw new AssertionError("no phrase " + phrase);
            }
            out.add(found);
            for (int k = found.from(); k < found.to(); k++) {
                used[k] = true;
            }
        }
        return out;
    }

    /**
     * @param spec people as {@code name/role/country} separated by {@code ;}, "-" for none
     * @return mentions at each name's first occurrence
     */
    static List<PersonMention> people(TokenView tv, String spec) {
        List<PersonMention> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        String text = tv.article().text();
        for (String one : spec.split(";")) {
            String[] f = one.split("/");
            int at = text.indexOf(f[0]);
            Span span = new Span(at, at + f[0].length());
            out.add(new PersonMention(span, f[0], f[0], none(f[1]), none(f[2]), null, 0.9));
        }
        return out;
    }

    private static String none(String s) {
        return s.equals("-") ? null : s;
    }

    /** @return the written forms of the candidates joined by ";" */
    static String written(TokenView tv, List<Candidate> cs) {
        return String.join(";", cs.stream().map(c -> FullNames.written(tv, c.from(), c.to())).toList());
    }

    /** @return "role/country" of a role fact, "" when absent */
    static String roleAndCountry(java.util.Optional<RoleFact> fact) {
        return fact.map(f -> f.role() + "/" + f.country()).orElse("");
    }
}
