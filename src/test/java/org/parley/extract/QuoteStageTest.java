package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.Layers;
import org.parley.article.Quote;

class QuoteStageTest {

    private static final String VARGA = "Tomas Varga";
    private static final String OKAFOR = "Ngozi Okafor";

    private static Fixtures.FakePersons people(String text) {
        return new Fixtures.FakePersons(text)
                .person("Tomas Varga", VARGA, "Foreign Minister", "HU")
                .person("Varga", VARGA, "Foreign Minister", "HU")
                .person("Ngozi Okafor", OKAFOR, "Foreign Minister", "NG")
                .person("Okafor", OKAFOR, "Foreign Minister", "NG");
    }

    private static Article run(String text, Fixtures.FakePersons persons) {
        return Fixtures.run(text, null, new BoilerplateStage(), new CreditStage(), persons, new QuoteStage());
    }

    private static List<String> described(String text) {
        Article a = run(text, people(text));
        return a.get(Layers.QUOTES).stream()
                .map(q -> q.speaker() + " [" + a.text(q.speakerSpan()) + "] " + q.text()).toList();
    }

    @Test
    void attributesQuoteFollowedBySpeakerAndVerb() {
        String text = "“We came to listen and we will keep listening,” Varga said on Monday.";
        Article a = run(text, people(text));
        Quote q = a.get(Layers.QUOTES).get(0);
        assertEquals("We came to listen and we will keep listening", q.text());
        assertEquals(q.text(), a.text(q.span()));
        assertEquals("Varga", a.text(q.speakerSpan()));
        assertEquals(VARGA, q.speaker());
        assertEquals(0.9, q.confidence());
    }

    @Test
    void attributesInvertedAndTitledSpeakers() {
        assertEquals(List.of("Ngozi Okafor [Ngozi Okafor] The harbour must stay open to every ship"),
                described("\"The harbour must stay open to every ship,\" said Ngozi Okafor, who leads the delegation."));
        assertEquals(List.of("Tomas Varga [Tomas Varga] We are ready for a second round"),
                described("“We are ready for a second round,” Hungary foreign minister Tomas Varga said."));
    }

    @Test
    void attributesQuoteAfterColonOrParticiple() {
        assertEquals(List.of("Ngozi Okafor [Okafor] The corridors must remain open for as long as needed."),
                described("At the press conference Okafor said: «The corridors must remain open for as long as needed.»"));
        assertEquals(List.of("Tomas Varga [Tomas Varga] We are working to reach a fair deal soon."),
                described("Tomas Varga stressed the urgency of the talks, stating, “We are working to reach a fair deal soon.”"));
    }

    @Test
    void resolvesPronounToSubjectOfPrecedingSentence() {
        String text = "Okafor rejected the proposal by Varga, which the minister had tabled twice.\n"
                + "“Nobody in my government will sign such a paper,” she added.";
        assertEquals(List.of("Ngozi Okafor [she] Nobody in my government will sign such a paper"), described(text));
    }

    @Test
    void resolvesRolePhraseToPersonWithMatchingRoleAndCountry() {
        String text = "Okafor and Varga met in Valletta.\n"
                + "“The first step is a ceasefire on the coast,” the Nigerian minister said.";
        assertEquals(List.of("Ngozi Okafor [the Nigerian minister] The first step is a ceasefire on the coast"),
                described(text));
    }

    @Test
    void continuesSpeakerAcrossSentencesAndParagraphs() {
        String text = "“We will return next week,” Varga said. “Our team needs time to consult the capital.”\n"
                + "“The proposal has merit,\n"
                + "“but it is not yet a basis for an agreement,” Okafor said.";
        assertEquals(List.of("Tomas Varga [Varga] We will return next week",
                "Tomas Varga [Varga] Our team needs time to consult the capital.",
                "Ngozi Okafor [Okafor] The proposal has merit",
                "Ngozi Okafor [Okafor] but it is not yet a basis for an agreement"), described(text));
    }

    @Test
    void outletIsNoSpeakerButThePersonIs() {
        assertEquals(List.of("Tomas Varga [Varga] We will not leave the table before Friday"),
                described("“We will not leave the table before Friday,” Varga said, according to Reuters."));
        assertEquals(List.of(), described("“The talks are in a very difficult phase now,” according to Reuters."));
    }

    @Test
    void skipsScareQuotesAndShortFragments() {
        String text = "Varga said the war would go on to “the end,” and Okafor called the offer “pathetic posturing”. "
                + "The sides returned home for \"consultations,\" Okafor said. "
                + "Varga saw a “tiny sliver of hope” in the talks.";
        assertEquals(List.of(), described(text));
    }

    @Test
    void ignoresApostrophesAndNeedsASpeechVerb() {
        String text = "Okafor’s team flew to ‘the island’ on Monday. "
                + "The banner read “Peace for the harbour and for all the fishermen” above the hall.";
        assertEquals(List.of(), described(text));
    }

    @Test
    void photographerInCreditIsNoSpeaker() {
        String text = "Talks in Valletta\n"
                + "The envoys arrive. (AP Photo/Anna Berg)\n"
                + "“We hope for a deal by the end of the week,” Anna Berg said.";
        Fixtures.FakePersons persons = people(text).person("Anna Berg", "Anna Berg", null, null);
        assertEquals(1, run(text, persons).get(Layers.QUOTES).size());
        String onlyCredit = "Talks in Valletta\n"
                + "(AP Photo/Anna Berg) “We hope for a deal by the end of the week,” she said.";
        assertEquals(List.of(), run(onlyCredit, people(onlyCredit).person("Anna Berg", "Anna Berg", null, null))
                .get(Layers.QUOTES));
    }
}
