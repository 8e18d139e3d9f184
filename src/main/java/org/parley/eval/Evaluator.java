package org.parley.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.parley.article.Article;
import org.parley.article.ArticleLoader;
import org.parley.article.ArticleMetadata;
import org.parley.article.LoadResult;
import org.parley.extract.Extraction;
import org.parley.extract.PersonStage;
import org.parley.query.SavedQueries;
import org.parley.query.SavedQuery;
import org.parley.rdf.ConfidenceFilter;
import org.parley.rdf.Iris;
import org.parley.rdf.Parley;
import org.parley.resolve.PreferredDates;
import org.parley.resolve.PreferredNames;
import org.parley.store.BuildProgress;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;

/**
 * Measures extraction quality against gold annotations: builds the articles into a scratch
 * store, reads each article's answers back through the saved queries ({@code people},
 * {@code places}, {@code delegations}, {@code rounds}, {@code round-parties}) and scores them with
 * the rules of {@link GoldMatch}.
 *
 * <p>Categories: persons; person role and country (accuracy over matched persons); places;
 * delegations (side and head, one per side and article); rounds with the right place, with the
 * right date; and, over rounds matched by place, ordinal, parties and mediator accuracy. A round's
 * place is right when its city (or, where the text names no city, its country) matches; a gold
 * round whose text names no place is matched by a found round without a place that agrees on its
 * date, ordinal or two sides. A round's date is right when it is the gold day, or when neither
 * the text nor the extractor gives a day for a round paired by place. Precision is also reported with only
 * the facts of confidence at least 0.5. Per article, every miss and false positive is listed.
 *
 * <p>Publication dates come from {@code metadata.csv} in the articles folder, or else from a
 * {@code sources.tsv} (columns file, url, published) beside or above it, as the devset ships.
 * Not thread-safe.
 */
public final class Evaluator {
    private static final String[] QUERIES = {"people", "places", "delegations", "rounds", "round-parties"};

    private final Gold gold;
    private final Path articles;
    private final SavedQueries queries;
    private final java.util.Set<PersonStage.NameSource> nameSources;

    /** Scores of one run. */
    public static final class Result {
        /** Persons found. */
        public final Score persons = new Score();
        /** Role and country of matched persons. */
        public final Accuracy personRoleCountry = new Accuracy();
        /** Places found. */
        public final Score places = new Score();
        /** Delegations with the right side and head. */
        public final Score delegations = new Score();
        /** Rounds with the right place. */
        public final Score roundPlace = new Score();
        /** Rounds with the right date. */
        public final Score roundDate = new Score();
        /** Ordinal of place-matched rounds. */
        public final Accuracy roundOrdinal = new Accuracy();
        /** Parties of place-matched rounds (every gold party found). */
        public final Accuracy roundParties = new Accuracy();
        /** Mediator of place-matched rounds. */
        public final Accuracy roundMediator = new Accuracy();
        /** Persons, facts of confidence at least 0.5 only. */
        public final Score personsConfident = new Score();
        /** Places, facts of confidence at least 0.5 only. */
        public final Score placesConfident = new Score();
        /** Delegations, facts of confidence at least 0.5 only. */
        public final Score delegationsConfident = new Score();
        /** Rounds by place, facts of confidence at least 0.5 only. */
        public final Score roundPlaceConfident = new Score();
        /** Misses and false positives by article. */
        public final Map<String, List<String>> details = new LinkedHashMap<>();
        /** Number of articles scored. */
        public int articles;

        /** @return the report as text */
        public String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Parley eval over %d articles%n%n", articles));
            line(sb, "persons", persons.toString());
            line(sb, "person role+country (acc)", personRoleCountry.toString());
            line(sb, "places", places.toString());
            line(sb, "delegations (side+head)", delegations.toString());
            line(sb, "rounds: place", roundPlace.toString());
            line(sb, "rounds: date", roundDate.toString());
            line(sb, "rounds: ordinal (acc)", roundOrdinal.toString());
            line(sb, "rounds: parties (acc)", roundParties.toString());
            line(sb, "rounds: mediator (acc)", roundMediator.toString());
            sb.append(String.format(Locale.ROOT, "%nPrecision with facts of confidence >= 0.5 only%n"));
            line(sb, "persons", personsConfident.toString());
            line(sb, "places", placesConfident.toString());
            line(sb, "delegations (side+head)", delegationsConfident.toString());
            line(sb, "rounds: place", roundPlaceConfident.toString());
            sb.append(String.format(Locale.ROOT, "%nPer article (miss = in gold, not found; false = found, not in gold)%n"));
            details.forEach((article, lines) -> {
                sb.append(article).append('\n');
                lines.forEach(l -> sb.append("  ").append(l).append('\n'));
            });
            return sb.toString();
        }

        private static void line(StringBuilder sb, String name, String value) {
            sb.append(String.format(Locale.ROOT, "%-28s %s%n", name, value));
        }
    }

    /**
     * @param gold     the annotations
     * @param articles folder holding the annotated article files
     * @param queries  the saved queries to read answers through
     */
    public Evaluator(Gold gold, Path articles, SavedQueries queries) {
        this(gold, articles, queries, java.util.EnumSet.allOf(PersonStage.NameSource.class));
    }

    /**
     * @param gold        the annotations
     * @param articles    folder holding the annotated article files
     * @param queries     the saved queries to read answers through
     * @param nameSources where person names may come from, to measure what each source contributes
     */
    public Evaluator(Gold gold, Path articles, SavedQueries queries, java.util.Set<PersonStage.NameSource> nameSources) {
        this.nameSources = java.util.Set.copyOf(nameSources);
        this.gold = gold;
        this.articles = articles;
        this.queries = queries;
        for (String q : QUERIES) {
            queries.find(q).orElseThrow(() -> new IllegalArgumentException("saved query " + q + ".rq not found in "
                    + queries.origin()));
        }
    }

    /**
     * Runs the evaluation in a scratch store under {@code scratch}.
     *
     * @param scratch an empty directory for the scratch store
     * @return the scores
     */
    public Result run(Path scratch) {
        List<Path> files = new ArrayList<>();
        for (String name : gold.articles().keySet()) {
            Path f = articles.resolve(name);
            if (Files.isRegularFile(f)) {
                files.add(f);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(articles + ": none of the gold's article files is there");
        }
        LoadResult loaded = new ArticleLoader().load(files);
        if (!loaded.problems().isEmpty()) {
            throw new IllegalArgumentException(loaded.problems().get(0).toString());
        }
        Map<String, LocalDate> published = publicationDates();
        List<Article> list = new ArrayList<>();
        for (Article a : loaded.articles()) {
            LocalDate d = published.get(a.id() + ".txt");
            if (d != null && a.metadata().published() == null) {
                a.metadata(a.metadata().orElse(new ArticleMetadata(null, d, null, null)));
            }
            list.add(a);
        }
        Result result = new Result();
        try (ParleyStore store = ParleyStore.open(scratch)) {
            java.util.Set<PersonStage.NameSource> sources = nameSources;
            new StoreBuilder(store, () -> org.parley.rdf.ArticleConverter.create(Extraction.pipeline(sources)), 2,
                    StoreBuilder.DEFAULT_BATCH).build(list, BuildProgress.NONE);
            Graph ontology = ParleyStore.ontology();
            for (Article a : list) {
                Graph g = Txn.calculateRead(store.dataset(), () -> copy(store.dataset(), Iris.article(a.id())));
                Gold.Article expected = gold.articles().get(a.id() + ".txt");
                List<String> details = new ArrayList<>();
                score(answers(g, ontology), expected, result, details, false);
                score(answers(ConfidenceFilter.filter(g, 0.5), ontology), expected, result, new ArrayList<>(), true);
                result.details.put(a.id() + ".txt", details);
                result.articles++;
            }
        }
        return result;
    }

    private Map<String, LocalDate> publicationDates() {
        Map<String, LocalDate> out = new HashMap<>();
        for (Path tsv : new Path[] {articles.resolve("sources.tsv"),
            articles.toAbsolutePath().getParent() == null ? null : articles.toAbsolutePath().getParent().resolve("sources.tsv")}) {
            if (tsv == null || !Files.isRegularFile(tsv)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
                List<String> header = List.of(lines.get(0).split("\t", -1));
                int file = header.indexOf("file");
                int date = header.indexOf("published");
                for (String line : lines.subList(1, lines.size())) {
                    String[] cols = line.split("\t", -1);
                    if (file >= 0 && date >= 0 && cols.length > Math.max(file, date) && !cols[date].isBlank()) {
                        out.put(cols[file], LocalDate.parse(cols[date].strip()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(tsv + ": cannot read", e);
            }
            break;
        }
        return out;
    }

    private static Graph copy(Dataset ds, String graph) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ds.asDatasetGraph().getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(out::add);
        return out;
    }

    /** The saved queries' rows over one article's graph. */
    private Map<String, List<Map<String, String>>> answers(Graph article, Graph ontology) {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            add(ds, "urn:parley:eval:article", article);
            add(ds, Parley.ONTOLOGY_GRAPH, ontology);
            PreferredNames.refresh(ds);
            PreferredDates.refresh(ds);
        });
        Map<String, List<Map<String, String>>> out = new HashMap<>();
        Txn.executeRead(ds, () -> {
            for (String name : QUERIES) {
                SavedQuery q = queries.find(name).orElseThrow();
                List<Map<String, String>> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q.text()).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new HashMap<>();
                        s.varNames().forEachRemaining(v -> {
                            RDFNode n = s.get(v);
                            row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        });
                        rows.add(row);
                    }
                }
                out.put(name, rows);
            }
        });
        return out;
    }

    private static void add(Dataset ds, String graph, Graph g) {
        Node name = NodeFactory.createURI(graph);
        g.find().forEachRemaining(t -> ds.asDatasetGraph().add(new Quad(name, t)));
    }

    private static void score(Map<String, List<Map<String, String>>> answers, Gold.Article gold, Result r,
                              List<String> details, boolean confident) {
        scorePersons(answers.get("people"), gold, confident ? r.personsConfident : r.persons,
                confident ? new Accuracy() : r.personRoleCountry, details);
        scorePlaces(answers.get("places"), gold, confident ? r.placesConfident : r.places, details);
        scoreDelegations(answers.get("delegations"), gold, confident ? r.delegationsConfident : r.delegations, details);
        scoreRounds(answers.get("rounds"), answers.get("round-parties"), gold, r, details, confident);
    }

    private static void scorePersons(List<Map<String, String>> rows, Gold.Article gold, Score score, Accuracy roles,
                                     List<String> details) {
        boolean[] found = new boolean[gold.persons().size()];
        int correct = 0;
        for (Map<String, String> row : rows) {
            String name = row.get("name");
            int match = -1;
            for (int i = 0; i < gold.persons().size(); i++) {
                if (GoldMatch.samePerson(name, gold.persons().get(i), gold.persons())) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                details.add("persons   false: " + name);
                continue;
            }
            correct++;
            if (!found[match]) {
                found[match] = true;
                Gold.Person g = gold.persons().get(match);
                boolean roleOk = g.role() == null || roleMatches(row.get("role"), g.role());
                boolean countryOk = g.country() == null ? blank(row.get("country"))
                        : anySide(row.get("country"), g.country());
                roles.add(roleOk && countryOk);
                if (!roleOk || !countryOk) {
                    details.add("role      wrong: " + g.name() + " is " + g.role() + " / " + g.country() + "; found "
                            + row.get("role") + " / " + row.get("country"));
                }
            }
        }
        int goldFound = 0;
        for (int i = 0; i < found.length; i++) {
            if (found[i]) {
                goldFound++;
            } else {
                details.add("persons   miss: " + gold.persons().get(i).name());
            }
        }
        score.add(correct, rows.size(), goldFound, found.length);
    }

    private static void scorePlaces(List<Map<String, String>> rows, Gold.Article gold, Score score, List<String> details) {
        boolean[] found = new boolean[gold.places().size()];
        int correct = 0;
        for (Map<String, String> row : rows) {
            boolean hit = false;
            for (int i = 0; i < found.length; i++) {
                if (GoldMatch.samePlace(row.get("name"), gold.places().get(i))) {
                    found[i] = true;
                    hit = true;
                }
            }
            if (hit) {
                correct++;
            } else {
                details.add("places    false: " + row.get("name") + " (" + row.get("kind") + ")");
            }
        }
        int goldFound = 0;
        for (int i = 0; i < found.length; i++) {
            if (found[i]) {
                goldFound++;
            } else {
                details.add("places    miss: " + gold.places().get(i).name() + " (" + gold.places().get(i).kind() + ")");
            }
        }
        score.add(correct, rows.size(), goldFound, found.length);
    }

    /**
     * Delegations are scored once per side and article: rows of the same side (at different
     * rounds) are merged, with their heads joined.
     */
    private static void scoreDelegations(List<Map<String, String>> perRound, Gold.Article gold, Score score,
                                         List<String> details) {
        Map<String, Map<String, String>> bySide = new LinkedHashMap<>();
        for (Map<String, String> row : perRound) {
            Map<String, String> merged = bySide.computeIfAbsent(row.get("country"), k -> new HashMap<>(row));
            if (merged != row && !blank(row.get("head"))) {
                String heads = merged.get("head");
                merged.put("head", blank(heads) ? row.get("head") : heads + "; " + row.get("head"));
            }
        }
        List<Map<String, String>> rows = new ArrayList<>(bySide.values());
        boolean[] found = new boolean[gold.delegations().size()];
        int correct = 0;
        for (Map<String, String> row : rows) {
            boolean hit = false;
            for (int i = 0; i < found.length; i++) {
                Gold.Delegation g = gold.delegations().get(i);
                if (!found[i] && GoldMatch.sameSide(row.get("country"), g.side())
                        && (g.head() == null ? blank(row.get("head")) : anyName(row.get("head"), g.head(), gold.persons()))) {
                    found[i] = true;
                    hit = true;
                    break;
                }
            }
            if (hit) {
                correct++;
            } else {
                details.add("delegation false: " + row.get("country") + " headed by " + row.get("head"));
            }
        }
        int goldFound = 0;
        for (int i = 0; i < found.length; i++) {
            if (found[i]) {
                goldFound++;
            } else {
                Gold.Delegation g = gold.delegations().get(i);
                details.add("delegation miss: " + g.side() + " headed by " + g.head());
            }
        }
        score.add(correct, rows.size(), goldFound, found.length);
    }

    private static void scoreRounds(List<Map<String, String>> rows, List<Map<String, String>> partyRows,
                                    Gold.Article gold, Result r, List<String> details, boolean confident) {
        List<Gold.Round> golds = gold.rounds().stream().filter(g -> !g.collective()).toList();
        Map<String, List<String>> parties = new HashMap<>();
        for (Map<String, String> p : partyRows) {
            parties.computeIfAbsent(p.get("round"), k -> new ArrayList<>()).add(p.get("party"));
        }
        boolean[] byPlace = new boolean[golds.size()];
        boolean[] byDate = new boolean[golds.size()];
        int placeCorrect = 0;
        int dateCorrect = 0;
        for (Map<String, String> row : rows) {
            int pm = -1;
            for (int i = 0; i < golds.size(); i++) {
                if (!byPlace[i] && placeMatches(row, golds.get(i), parties.getOrDefault(row.get("round"), List.of()))) {
                    pm = i;
                    break;
                }
            }
            if (pm >= 0) {
                byPlace[pm] = true;
                placeCorrect++;
                if (!confident) {
                    Gold.Round g = golds.get(pm);
                    if (g.ordinal() != null) {
                        r.roundOrdinal.add(String.valueOf(g.ordinal()).equals(row.get("ordinal")));
                    }
                    List<String> found = parties.getOrDefault(row.get("round"), List.of());
                    r.roundParties.add(g.parties().stream().allMatch(gp -> found.stream().anyMatch(fp -> GoldMatch.sameSide(fp, gp))));
                    if (g.mediator() != null) {
                        r.roundMediator.add(anySide(row.get("mediator"), g.mediator()));
                    }
                }
            } else {
                details.add("round     false (place): " + row.get("label") + " at " + row.get("place"));
            }
            // the right date: the gold day, or no day for a gold round whose text gives none (paired by place)
            String date = row.get("date");
            List<String> found = parties.getOrDefault(row.get("round"), List.of());
            for (int i = 0; i < golds.size(); i++) {
                Gold.Round g = golds.get(i);
                boolean sameDay = g.date() != null && g.date().toString().equals(date);
                boolean bothUndated = g.date() == null && blank(date) && placeMatches(row, g, found);
                if (!byDate[i] && (sameDay || bothUndated)) {
                    byDate[i] = true;
                    dateCorrect++;
                    break;
                }
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            Gold.Round g = golds.get(i);
            if (!byPlace[i]) {
                details.add("round     miss (place): " + g.label() + " at " + (g.city() != null ? g.city() : g.country()));
            }
            if (!byDate[i] && g.date() != null) {
                details.add("round     miss (date): " + g.label() + " on " + g.date());
            }
        }
        int goldPlace = 0;
        int goldDate = 0;
        for (int i = 0; i < golds.size(); i++) {
            goldPlace += byPlace[i] ? 1 : 0;
            goldDate += byDate[i] ? 1 : 0;
        }
        (confident ? r.roundPlaceConfident : r.roundPlace).add(placeCorrect, rows.size(), goldPlace, golds.size());
        if (!confident) {
            r.roundDate.add(dateCorrect, rows.size(), goldDate, golds.size());
        }
    }

    /**
     * A round's place is right when the city matches (the gold city, or where the text names no
     * city, the country). A gold round with no place at all is matched by a found round with no
     * place that agrees on something else: the same date, the same ordinal, or two common sides.
     */
    private static boolean placeMatches(Map<String, String> row, Gold.Round g, List<String> parties) {
        if (g.city() == null && g.country() == null) {
            if (!blank(row.get("place")) || !blank(row.get("country"))) {
                return false;
            }
            boolean sameDate = g.date() != null && g.date().toString().equals(row.get("date"));
            boolean sameOrdinal = g.ordinal() != null && String.valueOf(g.ordinal()).equals(row.get("ordinal"));
            long common = g.parties().stream().filter(gp -> parties.stream().anyMatch(fp -> GoldMatch.sameSide(fp, gp)))
                    .count();
            return sameDate || sameOrdinal || common >= 2;
        }
        if (g.city() != null) {
            Gold.Place city = new Gold.Place(g.city(), "city", g.country(), List.of());
            return anyPlace(row.get("city"), city) || anyPlace(row.get("place"), city);
        }
        if (g.country() == null) {
            return false;
        }
        return anySide(row.get("country"), g.country());
    }

    private static boolean anyPlace(String joined, Gold.Place place) {
        if (blank(joined)) {
            return false;
        }
        for (String p : joined.split("; ")) {
            if (GoldMatch.samePlace(p, place)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySide(String joined, String gold) {
        if (blank(joined)) {
            return false;
        }
        for (String p : joined.split("; ")) {
            if (GoldMatch.sameSide(p, gold)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyName(String joined, String gold, List<Gold.Person> persons) {
        if (blank(joined)) {
            return false;
        }
        for (String p : joined.split("; ")) {
            if (GoldMatch.sameName(p, gold, persons)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ROLE_STOP = java.util.Set.of("of", "the", "for", "to", "at", "and",
            "a", "an", "in", "on", "former", "acting", "current", "also", "his", "her", "its", "their");

    /**
     * A role matches when the found role and the gold role share a content word, after folding
     * case, punctuation and spelling variants (spokesman/spokeswoman = spokesperson, defence =
     * defense, chairman = chair); words of four letters or more also match by prefix
     * ("secretary-general" and "secretary").
     */
    static boolean roleMatches(String found, String gold) {
        if (blank(found)) {
            return false;
        }
        java.util.Set<String> g = roleWords(gold);
        for (String w : roleWords(found)) {
            for (String x : g) {
                if (w.equals(x) || w.length() >= 4 && x.length() >= 4 && (w.startsWith(x) || x.startsWith(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.util.Set<String> roleWords(String role) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String x = switch (w) {
                case "spokesman", "spokeswoman" -> "spokesperson";
                case "defence" -> "defense";
                case "chairman", "chairwoman", "chairperson" -> "chair";
                default -> w;
            };
            if (!x.isEmpty() && !ROLE_STOP.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
