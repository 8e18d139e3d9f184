package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;

/** The sentence's full stop is its own token, also after unfamiliar names; abbreviations stay whole. */
class TokenStageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister was joined by aide Elchin Amirbayov.   | Amirbayov .
            The envoy met Jane Doe.                             | Doe .
            The talks took place in the U.S.                    | U.S.
            The letter was signed by John Smith Jr.             | Jr.
            """)
    void splitsTheFinalStop(String sentence, String lastTokens) {
        Article a = new Article("t", "t.txt", sentence, new ArticleMetadata(null, null, null, null));
        new SentenceStage().process(a);
        new TokenStage().process(a);
        List<String> words = a.get(Layers.TOKENS).stream().map(t -> t.text()).toList();
        int n = lastTokens.split(" ").length;
        assertEquals(lastTokens, words.subList(words.size() - n, words.size()).stream().collect(Collectors.joining(" ")));
    }
}
