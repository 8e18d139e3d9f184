package org.parley.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Institution;

/**
 * Hyphenated compounds of sides as agents: "Russia-Ukraine", "Belgrade-Pristina" (capitals stand
 * for their countries), "US-brokered", "UN-backed". Every capitalized part must be a country,
 * demonym, capital or institution, else the compound is left to the other rules; lower-case parts
 * ("brokered") are skipped. A compound before "border" is consumed but names no sides. Stateless
 * apart from the shared gazetteers; thread-safe.
 */
public final class CompoundSidesRule implements PlaceRule {
    private final Gazetteers gaz = Gazetteers.get();

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        String raw = tv.word(i);
        if (raw.indexOf('-') <= 0 || raw.startsWith("-")) {
            return i;
        }
        List<AgentRef> found = new ArrayList<>();
        int offset = tv.get(i).span().start();
        int pos = 0;
        for (String part : raw.split("-")) {
            Span span = new Span(offset + pos, offset + pos + part.length());
            pos += part.length() + 1;
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
                continue;
            }
            AgentRef ref = sidePart(part, span);
            if (ref == null) {
                return i;
            }
            found.add(ref);
        }
        if (found.isEmpty()) {
            return i;
        }
        boolean border = i + 1 < tv.size() && tv.lower(i + 1).startsWith("border");
        if (!border) {
            scan.agents().addAll(found);
        }
        return i + 1;
    }

    private AgentRef sidePart(String part, Span span) {
        Optional<Country> c = gaz.countries().byName(part).or(() -> gaz.countries().byDemonym(part));
        if (c.isPresent()) {
            return AgentRef.country(span, part, c.get().code(), c.get().name(), AgentRef.Form.NAME);
        }
        Optional<City> capital = gaz.cities().best(part, null).filter(gaz.cities()::isCapital);
        if (capital.isPresent()) {
            Optional<Country> of = gaz.countries().byCode(capital.get().countryCode());
            if (of.isPresent()) {
                return AgentRef.country(span, part, of.get().code(), of.get().name(), AgentRef.Form.CAPITAL);
            }
        }
        Optional<Institution> inst = gaz.institutions().lookup(part);
        if (inst.isPresent()) {
            Institution in = inst.get();
            if (in.countryCode() != null) {
                return gaz.countries().byCode(in.countryCode())
                        .map(k -> AgentRef.country(span, part, k.code(), k.name(), AgentRef.Form.INSTITUTION))
                        .orElse(null);
            }
            return AgentRef.organization(span, part, in.canonical(), AgentRef.Form.NAME);
        }
        return null;
    }
}
