package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.Span;

/**
 * The pair of parties most rounds name, and how a round's parties are completed with it. Rounds
 * are written as the country codes of their parties ("-" for none), separated by ";".
 */
class DominantPairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SD,TD ; SD ; TD,QA             | SD,TD | SD,TD ; SD,TD ; TD,QA
            SD ; -                         | -     | SD ; -
            SD,TD,QA ; QA,TD ; -           | TD,QA | SD,TD,QA ; QA,TD ; TD,QA
            RU,UA ; RU,UA ; TR             | RU,UA | RU,UA ; RU,UA ; TR,RU,UA
            """)
    void pair(String rounds, String pair, String settled) {
        List<RoundDraft> drafts = new ArrayList<>();
        for (String r : rounds.split(";")) {
            drafts.add(draft(r.strip()));
        }
        DominantPair dp = DominantPair.of(drafts);
        assertEquals(pair, dp.keys().isEmpty() ? "-" : dp.keys().stream().map(k -> k.id()).collect(Collectors.joining(",")));
        for (RoundDraft d : drafts) {
            dp.settle(d, drafts);
        }
        assertEquals(settled, drafts.stream().map(DominantPairTest::codes).collect(Collectors.joining(" ; ")));
    }

    @ParameterizedTest(name = "host {0} of {1} -> mediators {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SD | SD,TD | -
            QA | SD,TD | QA
            """)
    void hostingSideIsNoMediator(String host, String parties, String mediators) {
        RoundDraft d = draft(parties);
        AgentRef ref = AgentRef.country(new Span(0, 1), host, host, host, AgentRef.Form.NAME);
        d.mediators.add(new Evidenced<>(ref, new Span(0, 1), MediatorRule.MEDIATOR));
        d.hosts.add(ref.key());
        List<RoundDraft> drafts = List.of(d, draft(parties));
        DominantPair.of(drafts).settle(d, drafts);
        String found = d.mediators.stream().map(m -> m.value().key().id()).collect(Collectors.joining(","));
        assertEquals(mediators, found.isEmpty() ? "-" : found);
    }

    private static RoundDraft draft(String codes) {
        RoundDraft d = new RoundDraft(new Span(0, 1));
        if (!codes.equals("-")) {
            for (String c : codes.split(",")) {
                AgentRef ref = AgentRef.country(new Span(0, 1), c, c, c, AgentRef.Form.NAME);
                d.parties.add(new Evidenced<>(ref, new Span(0, 1), PartyRule.NAMED_PARTY));
            }
        }
        return d;
    }

    private static String codes(RoundDraft d) {
        String s = d.parties.stream().map(p -> p.value().key().id()).collect(Collectors.joining(","));
        return s.isEmpty() ? "-" : s;
    }
}
