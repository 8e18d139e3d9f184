package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class NameBoundariesTest {

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Envoy Humberto de la Calle spoke.               | Humberto | Humberto de la Calle
            Leader Kim Jong-un spoke on Monday.             | Kim      | Kim Jong-un
            Envoy Ana Silva’s plan was read.                | Ana      | Ana Silva
            Envoy Ana Silva Greek spoke.                    | Ana      | Ana Silva
            Envoy Ana Silva President of the body spoke.    | Ana      | Ana Silva
            They met on Monday Ana Silva.                   | Monday   | -
            Envoy John F. Kerry spoke.                      | John     | John F. Kerry
            Envoy John F. and others spoke.                 | John     | John F
            Envoy Kim Yong-chol spoke.                      | Kim      | Kim Yong-chol
            Ana Silva Has Talks With Envoys                 | Ana      | Ana Silva
            The team is headed by Khalil al-Hayya, a leader. | Khalil  | Khalil al-Hayya
            The team met Samir al- in the hall.             | Samir    | Samir
            """)
    void endsTheNameRun(String text, String word, String name) {
        TokenView tv = Annotated.tokens(text);
        int from = Annotated.token(tv, word);
        int end = NameBoundaries.nameEnd(tv, from);
        assertEquals(name, end > from ? org.parley.extract.person.FullNames.written(tv, from, end) : null);
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The team was led by Vice Premier He Lifeng.   | He      | false
            He said the talks would go on.                | He      | true
            The talks resume in May.                      | May     | true
            The talks resume Tuesday.                     | Tuesday | true
            Envoy Ana Silva spoke.                        | Ana     | false
            """)
    void knowsStopWords(String text, String word, boolean stop) {
        TokenView tv = Annotated.tokens(text);
        assertEquals(stop, NameBoundaries.stopWord(tv, Annotated.token(tv, word)));
    }
}
