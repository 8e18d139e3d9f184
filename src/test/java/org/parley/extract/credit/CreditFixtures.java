package org.parley.extract.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.article.Credit;
import org.parley.article.Span;

/** Shared rule instances and a way to show credits for the credit rule tests. */
final class CreditFixtures {
    static final CreditVocabulary VOCABULARY = new CreditVocabulary();
    static final NameReader NAMES = new NameReader(VOCABULARY);

    private CreditFixtures() {
    }

    /** @return the lines of a text as spans, without their line breaks */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            out.add(new Span(start, nl));
            start = nl + 1;
        }
        if (start < text.length()) {
            out.add(new Span(start, text.length()));
        }
        return out;
    }

    /** @return "KIND Name <covered text>" per credit, joined by "; " */
    static String describe(String text, List<Credit> credits) {
        return credits.stream().map(c -> c.kind() + " " + c.name() + " <" + c.span().of(text) + ">")
                .collect(Collectors.joining("; "));
    }
}
