package org.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.person.Candidate;
import org.parley.extract.person.CandidateFilter;
import org.parley.extract.person.CounterpartRole;
import org.parley.extract.person.CountryPossessive;
import org.parley.extract.person.CountryOfPhrase;
import org.parley.extract.person.FullNames;
import org.parley.extract.person.GivenNameStarts;
import org.parley.extract.person.GroupMembers;
import org.parley.extract.person.KnownNameExtension;
import org.parley.extract.person.ListCountrySharing;
import org.parley.extract.person.ListEntryRole;
import org.parley.extract.person.ModelNames;
import org.parley.extract.person.OfficeHolderCountry;
import org.parley.extract.person.OfficeHolderNames;
import org.parley.extract.person.PairedCountries;
import org.parley.extract.person.PersonPossessive;
import org.parley.extract.person.RoleAfterName;
import org.parley.extract.person.RoleBeforeName;
import org.parley.extract.person.RoleChoice;
import org.parley.extract.person.RoleFact;
import org.parley.extract.person.RoleReferences;
import org.parley.extract.person.SameNameCountry;
import org.parley.extract.person.SideFinder;
import org.parley.extract.person.SurnameMentions;
import org.parley.extract.person.TitleBeforeComma;
import org.parley.extract.person.TitledNames;
import org.parley.nlp.Stage;

/**
 * Finds the people an article names, with their roles and the country they represent, by
 * composing the rules of {@link org.parley.extract.person} in this order:
 * <ol>
 *   <li>Name candidates ({@link CandidateFilter} decides what may be a name): the name finder's
 *       names ({@link ModelNames}), names after office titles ({@link TitledNames}), names
 *       starting with a known given name ({@link GivenNameStarts}); a known office-holder's name
 *       completed ({@link KnownNameExtension}); overlaps merged
 *       ({@link Candidate#mergeOverlaps}).</li>
 *   <li>Lone surnames of those names ({@link SurnameMentions}), merged again, and each written
 *       form's full name ({@link FullNames}).</li>
 *   <li>Per name, the role before it: "counterpart" ({@link CounterpartRole}), else a title
 *       with or without a tail ({@link RoleBeforeName}), else such a title and a comma
 *       ({@link TitleBeforeComma}), else a country's possessive ({@link CountryPossessive}); the second of two names joined by "and"
 *       shares the first's; countries paired before a plural title go to the names in order
 *       ({@link PairedCountries}).</li>
 *   <li>Per name, the role after it: a "who's who" entry after a colon ({@link ListEntryRole}),
 *       else an apposition after a comma ({@link RoleAfterName}); then an of-phrase's country
 *       ({@link CountryOfPhrase}); the three combined by {@link RoleChoice}.</li>
 *   <li>Listed people share their list's country ({@link ListCountrySharing}).</li>
 *   <li>Role phrases referring to a named person are added ({@link RoleReferences}).</li>
 *   <li>Two spellings of one listed office-holder become one name ({@link OfficeHolderNames}).
 *       Every mention of a person takes the country the person's other mentions state; a person
 *       none gives a side to, the country of a known office-holder of that name, at the
 *       publication date first ({@link SameNameCountry}, {@link OfficeHolderCountry}); then a person
 *       serving another ("Putin's top aide X") takes that person's country, shared again
 *       ({@link PersonPossessive}); lists share the countries so found; members of a country's
 *       group take its country ({@link GroupMembers}); shared again.</li>
 * </ol>
 *
 * <p>Requires POS, NAMES, PLACES, AGENTS, PUBLICATION_DATE; provides PERSONS. Thread-safe (stateless).
 */
public final class PersonStage implements Stage {

    private final Set<NameSource> sources;

    /** Where a person's name may come from; all are on by default, {@code parley eval} can turn them off. */
    public enum NameSource {
        /** Parley's trained name-finder model. */
        MODEL,
        /** An office title before a capitalized name. */
        TITLE,
        /** A known given name before capitalized words. */
        GIVEN_NAME
    }

    /** A stage taking names from every source. */
    public PersonStage() {
        this(EnumSet.allOf(NameSource.class));
    }

    /** @param sources the sources of names to use (for measuring what each contributes) */
    public PersonStage(Set<NameSource> sources) {
        this.sources = sources.isEmpty() ? EnumSet.noneOf(NameSource.class) : EnumSet.copyOf(sources);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.POS, Layers.NAMES, Layers.PLACES, Layers.AGENTS, Layers.PUBLICATION_DATE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PERSONS);
    }

    @Override
    public void process(Article article) {
        TokenView tv = new TokenView(article);
        List<Candidate> candidates = candidates(tv, article);
        AgentRef[] agents = SideFinder.byToken(tv, article.get(Layers.AGENTS));
        List<PersonMention> out = mentions(tv, agents, candidates);
        out = ListCountrySharing.apply(tv, out);
        out.addAll(RoleReferences.find(tv, agents, out));
        LocalDate published = article.get(Layers.PUBLICATION_DATE).stream().findFirst().orElse(null);
        Set<String> named = articleCountries(article.get(Layers.AGENTS), article.get(Layers.PLACES));
        out = SameNameCountry.apply(OfficeHolderNames.unify(out, named),
                name -> OfficeHolderCountry.find(name, published, named));
        out = SameNameCountry.apply(PersonPossessive.apply(tv, out), name -> Optional.empty());
        out = GroupMembers.apply(tv, agents, ListCountrySharing.apply(tv, out));
        out = SameNameCountry.apply(out, name -> Optional.empty());
        out.sort(Comparator.comparing(PersonMention::span));
        article.put(Layers.PERSONS, out);
    }

    /**
     * @return the codes of the countries the article names (by name, demonym, capital or
     *         institution), or whose places it names ("Nairobi" puts Kenya in play)
     */
    private static Set<String> articleCountries(List<AgentRef> agents, List<PlaceMention> places) {
        Set<String> out = new LinkedHashSet<>();
        for (AgentRef a : agents) {
            if (a.countryCode() != null) {
                out.add(a.countryCode());
            }
        }
        for (PlaceMention p : places) {
            if (p.place().countryCode() != null) {
                out.add(p.place().countryCode());
            }
        }
        return out;
    }

    private List<Candidate> candidates(TokenView tv, Article article) {
        CandidateFilter filter = new CandidateFilter(tv, article);
        List<Candidate> found = new ArrayList<>();
        if (sources.contains(NameSource.MODEL)) {
            found.addAll(ModelNames.find(tv, article, filter));
        }
        if (sources.contains(NameSource.TITLE)) {
            found.addAll(TitledNames.find(tv, filter));
        }
        if (sources.contains(NameSource.GIVEN_NAME)) {
            found.addAll(GivenNameStarts.find(tv, filter));
        }
        List<Candidate> merged = Candidate.mergeOverlaps(KnownNameExtension.apply(tv, found));
        merged.addAll(SurnameMentions.find(tv, filter, merged));
        return Candidate.mergeOverlaps(merged);
    }

    private static List<PersonMention> mentions(TokenView tv, AgentRef[] agents, List<Candidate> candidates) {
        Map<String, String> fullNames = FullNames.of(tv, candidates);
        List<PersonMention> out = new ArrayList<>();
        RoleFact previous = null;
        int previousEnd = -1;
        for (Candidate c : candidates) {
            RoleFact before = roleBefore(tv, agents, c.from(), previous, previousEnd);
            previous = before;
            previousEnd = c.to();
            RoleFact after = (ListEntryRole.follows(tv, c.to()) ? ListEntryRole.find(tv, c.to())
                    : RoleAfterName.find(tv, c.to(), candidates)).orElse(null);
            String written = FullNames.written(tv, c.from(), c.to());
            String name = fullNames.getOrDefault(written, written);
            String country = RoleChoice.country(before, after, CountryOfPhrase.find(tv, agents, c.to()).orElse(null));
            Span span = tv.span(c.from(), c.to());
            out.add(new PersonMention(span, tv.article().text(span), name, RoleChoice.role(before, after), country,
                    RoleChoice.affiliation(before, after), c.confidence()));
        }
        return out;
    }

    /**
     * The role before the name at {@code from}; without one, the second of two names joined by
     * "and" takes the first's ({@code previous}, ending at {@code previousEnd}).
     */
    private static RoleFact roleBefore(TokenView tv, AgentRef[] agents, int from, RoleFact previous, int previousEnd) {
        RoleFact pre = CounterpartRole.find(tv, agents, from)
                .or(() -> RoleBeforeName.find(tv, agents, from))
                .or(() -> TitleBeforeComma.find(tv, agents, from))
                .or(() -> CountryPossessive.find(tv, agents, from)).orElse(null);
        if (pre == null && previous != null && from == previousEnd + 1 && tv.lower(previousEnd).equals("and")) {
            Optional<PairedCountries.CountryPair> pair = previous.to() < tv.size()
                    ? PairedCountries.around(tv, agents, previous) : Optional.empty();
            return pair.map(p -> previous.withCountry(p.second())).orElse(previous);
        }
        if (pre != null) {
            RoleFact found = pre;
            return PairedCountries.around(tv, agents, pre).map(p -> found.withCountry(p.first())).orElse(pre);
        }
        return null;
    }
}
