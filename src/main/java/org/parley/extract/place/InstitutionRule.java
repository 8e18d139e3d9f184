package org.parley.extract.place;

import java.util.Optional;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Institution;
import org.parley.extract.gazetteer.PhraseMatcher;
import org.parley.extract.lexicon.Lexicon;

/**
 * Institutions and organizations as agents, longest gazetteer match first ("the Kremlin", "the
 * Foreign Ministry", "NATO"): a state institution stands for its country, anything else is an
 * organization of its own. A one-word match that ends a person's name is not an institution.
 * Stateless apart from the shared gazetteers; thread-safe.
 */
public final class InstitutionRule implements PlaceRule {
    /**
     * Institution kinds that are sides of their own (rebels, movements, parties): the country their
     * name implies is where they act, not whom they represent.
     */
    private static final Set<String> NON_STATE_KINDS = Lexicon.words("non-state-institution-kinds", "kinds");

    private final Gazetteers gaz = Gazetteers.get();

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        Optional<PhraseMatcher.Match<Institution>> inst = gaz.institutions().matchWithLength(
                NameRuns.words(tv, i, scan.to()), 0);
        if (inst.isEmpty() || inst.get().tokenCount() == 1 && NameRuns.endsPersonName(scan.names(), tv.span(i, i + 1))) {
            return i;
        }
        int n = inst.get().tokenCount();
        Institution in = inst.get().value();
        Span span = tv.span(i, i + n);
        String text = tv.article().text(span);
        if (in.countryCode() != null && !NON_STATE_KINDS.contains(in.kind())) {
            gaz.countries().byCode(in.countryCode()).ifPresent(c -> scan.agents().add(
                    AgentRef.country(span, text, c.code(), c.name(), AgentRef.Form.INSTITUTION)));
        } else {
            scan.agents().add(AgentRef.organization(span, text, in.canonical(), AgentRef.Form.NAME));
        }
        return i + n;
    }
}
