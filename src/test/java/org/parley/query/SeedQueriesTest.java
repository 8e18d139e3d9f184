package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.article.LoadResult;
import org.parley.export.JsonLdExporter;
import org.parley.export.Projection;
import org.parley.export.PropertyGraph;
import org.parley.export.PropertyGraphBuilder;
import org.parley.store.BuildProgress;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;

/**
 * The end-to-end contract on the seed articles: each saved query's columns, and the rows it must
 * return once {@code seeds/} is built.
 */
class SeedQueriesTest {
    @TempDir
    static Path dir;
    private static ParleyStore store;
    private static final SavedQueries QUERIES = SavedQueries.load(Path.of("queries"));

    @BeforeAll
    static void build() {
        LoadResult loaded = new ArticleLoader().load(List.of(Path.of("seeds")));
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertEquals(4, loaded.articles().size());
        store = ParleyStore.open(dir.resolve("store"));
        StoreBuilder.standard(store).build(loaded.articles(), BuildProgress.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> run(String name, String... columns) {
        return run(QUERIES.find(name).orElseThrow(), columns);
    }

    private static List<Map<String, String>> run(SavedQuery q, String... columns) {
        String name = q.name();
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q.text()).build()) {
                ResultSet rs = qe.execSelect();
                assertEquals(List.of(columns), rs.getResultVars(), name + ".rq columns are a contract");
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    for (String c : columns) {
                        RDFNode n = s.get(c);
                        row.put(c, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
            }
        });
        return rows;
    }

    private static Map<String, String> one(List<Map<String, String>> rows, Predicate<Map<String, String>> test,
                                           String what) {
        List<Map<String, String>> hits = rows.stream().filter(test).toList();
        assertEquals(1, hits.size(), what + " in " + rows);
        return hits.get(0);
    }

    private static Predicate<Map<String, String>> is(String column, String value) {
        return r -> value.equals(r.get(column));
    }

    @Test
    void peopleHaveRolesAndCountriesAndOneIriAcrossSpellings() {
        List<Map<String, String>> people = run("people", "person", "name", "role", "country");
        String[][] expected = {
            {"Sergey Lavrov", "Foreign Minister", "Russia"},
            {"Dmytro Kuleba", "Foreign Minister", "Ukraine"},
            {"Vladimir Putin", "President", "Russia"},
            {"Volodymyr Zelenskyy", "President", "Ukraine"},
            {"Dmitry Peskov", "Spokesperson", "Russia"},
            {"Vladimir Medinsky", null, "Russia"},
            {"Davyd Arakhamia", null, "Ukraine"},
            {"Mevlut Cavusoglu", "Foreign Minister", "Turkey"},
        };
        for (String[] e : expected) {
            Map<String, String> row = one(people, is("name", e[0]), e[0]);
            if (e[1] != null) {
                assertTrue(row.get("role").contains(e[1]), e[0] + " role " + row.get("role"));
            }
            assertEquals(e[2], row.get("country"), e[0] + " country");
        }
        assertEquals(1, people.stream().filter(r -> r.get("name").startsWith("Volodymyr Zelensk")).count());
        for (String credit : List.of("John Johnson", "Simon Kent", "Dimitar Dilkoff", "Visar Kryeziu", "Sergei Kholodilin",
                "Sergey Bobok")) {
            assertFalse(people.stream().anyMatch(r -> r.get("name").contains(credit.split(" ")[1])), credit);
        }
    }

    @Test
    void roundsHaveOrdinalDatePlaceMediatorAndOutcome() {
        List<Map<String, String>> rounds = run("rounds", "round", "label", "ordinal", "date", "place", "city",
                "country", "mediator", "outcome");
        Map<String, String> first = one(rounds, is("ordinal", "1"), "first round");
        assertEquals("2022-02-28", first.get("date"));
        assertTrue(first.get("place").contains("Gomel"), first.toString());
        assertEquals("Belarus", first.get("country"));
        assertTrue(first.get("outcome").contains("no breakthrough"), first.toString());

        Map<String, String> second = one(rounds, is("ordinal", "2"), "second round");
        assertEquals("2022-03-03", second.get("date"));
        assertTrue(second.get("place").contains("Brest"), second.toString());
        assertEquals("Belarus", second.get("country"));

        Map<String, String> antalya = one(rounds, is("city", "Antalya"), "Antalya talks");
        assertEquals("2022-03-10", antalya.get("date"));
        assertEquals("Turkey", antalya.get("country"));
        assertTrue(antalya.get("mediator").contains("Mevlut Cavusoglu"), antalya.toString());
        assertTrue(antalya.get("mediator").contains("Turkey"), antalya.toString());
        assertTrue(antalya.get("outcome").contains("no progress"), antalya.toString());
        assertEquals(3, rounds.size(), rounds.toString());

        List<Map<String, String>> parties = run("round-parties", "round", "party");
        for (Map<String, String> r : List.of(first, second, antalya)) {
            List<String> sides = parties.stream().filter(is("round", r.get("round"))).map(p -> p.get("party")).sorted().toList();
            assertEquals(List.of("Russia", "Ukraine"), sides, r.get("label"));
        }
    }

    @Test
    void antalyaTalksAreBetweenLavrovAndKulebaOnCeasefireAndCorridors() {
        List<Map<String, String>> evidence = run("evidence", "subject", "predicate", "object", "article", "url", "file", "sentence");
        List<Map<String, String>> rounds = run("rounds", "round", "label", "ordinal", "date", "place", "city",
                "country", "mediator", "outcome");
        String antalya = one(rounds, is("city", "Antalya"), "Antalya talks").get("round");
        List<String> participants = evidence.stream().filter(is("subject", antalya)).filter(is("predicate", "participant"))
                .map(r -> r.get("object")).distinct().sorted().toList();
        assertEquals(List.of("Dmytro Kuleba", "Sergey Lavrov"), participants);
        List<String> topics = evidence.stream().filter(is("subject", antalya)).filter(is("predicate", "topic"))
                .map(r -> r.get("object")).distinct().toList();
        assertTrue(topics.contains("ceasefire") && topics.contains("humanitarian corridors"), topics.toString());
    }

    @Test
    void delegationsAndMembers() {
        List<Map<String, String>> delegations = run("delegations", "delegation", "country", "head", "round");
        Map<String, String> russian = one(delegations,
                r -> r.get("country").equals("Russia") && r.get("round").startsWith("First round"), "Russian delegation");
        assertEquals("Vladimir Medinsky", russian.get("head"));
        List<Map<String, String>> members = run("delegation-members", "delegation", "country", "member");
        assertTrue(members.stream().anyMatch(r -> r.get("country").equals("Ukraine") && r.get("member").equals("Davyd Arakhamia")),
                members.toString());
    }

    @Test
    void placesWithTheirCountries() {
        List<Map<String, String>> places = run("places", "place", "name", "kind", "country", "lat", "long");
        String[][] expected = {
            {"Kyiv", "city", "Ukraine"}, {"Kharkiv", "city", "Ukraine"}, {"Kherson", "city", "Ukraine"},
            {"Mariupol", "city", "Ukraine"}, {"Antalya", "city", "Turkey"}, {"Medyka", "city", "Poland"},
            {"Brest Region", "region", "Belarus"}, {"Gomel Region", "region", "Belarus"},
        };
        for (String[] e : expected) {
            Map<String, String> row = one(places, is("name", e[0]), e[0]);
            assertEquals(e[1], row.get("kind"), e[0]);
            assertEquals(e[2], row.get("country"), e[0]);
        }
        assertFalse(one(places, is("name", "Antalya"), "Antalya").get("lat").isEmpty());
        one(places, r -> r.get("name").equals("Ukraine") && r.get("kind").equals("country"), "Ukraine");
    }

    @Test
    void statementsWithTheirSpeakers() {
        List<Map<String, String>> statements = run("statements", "speaker", "quote", "article", "url", "file");
        assertTrue(statements.stream().anyMatch(r -> r.get("speaker").equals("Sergey Lavrov")
                && r.get("quote").startsWith("We are ready to conduct talks")), statements.toString());
        assertTrue(statements.stream().anyMatch(r -> r.get("speaker").equals("Dmytro Kuleba")
                && r.get("quote").startsWith("They seek Ukraine’s surrender")), statements.toString());
        assertFalse(statements.stream().anyMatch(r -> r.get("quote").equals("the end")));

        List<Map<String, String>> lavrov = run(QueryParameters.bindName(QUERIES.find("statements").orElseThrow(), "LAVROV"),
                "speaker", "quote", "article", "url", "file");
        assertEquals(statements.stream().filter(is("speaker", "Sergey Lavrov")).toList(), lavrov,
                "the name filter keeps exactly the speaker's quotes");
        assertFalse(lavrov.isEmpty());
    }

    @Test
    void roundPartiesFilteredByPartyName() {
        List<Map<String, String>> all = run("round-parties", "round", "party");
        List<Map<String, String>> ukraine = run(QueryParameters.bindName(QUERIES.find("round-parties").orElseThrow(), "ukr"),
                "round", "party");
        assertEquals(all.stream().filter(is("party", "Ukraine")).toList(), ukraine);
        assertEquals(3, ukraine.size(), ukraine.toString());
    }

    @Test
    void conflictingDatesOfTheFirstRoundAreListedWithTheirSources() {
        List<Map<String, String>> conflicts = run("conflicts", "subject", "predicate", "value", "article", "url", "file");
        assertTrue(conflicts.stream().anyMatch(r -> r.get("predicate").equals("date") && r.get("value").equals("2022-02-27")
                && r.get("file").equals("seeds/001_9b2ac5b68ab38c82.txt")), conflicts.toString());
        assertTrue(conflicts.stream().anyMatch(r -> r.get("predicate").equals("date") && r.get("value").equals("2022-02-28")
                && r.get("file").equals("seeds/002_210ea27e4310d9e6.txt")), conflicts.toString());
    }

    @Test
    void exportsGiveEachRoundTheDateOfRoundsRqAndTheOtherClaimedDates() throws Exception {
        List<Map<String, String>> rounds = run("rounds", "round", "label", "ordinal", "date", "place", "city",
                "country", "mediator", "outcome");
        PropertyGraph g = PropertyGraphBuilder.build(store.dataset(), Projection.ENTITIES);
        for (Map<String, String> r : rounds) {
            PropertyGraph.Node n = g.nodes().stream().filter(x -> x.id().equals(r.get("round"))).findFirst().orElseThrow();
            assertEquals(List.of(r.get("date")), n.attributes().get("date"), r.toString());
        }
        PropertyGraph.Node first = g.nodes().stream().filter(x -> x.label().startsWith("First round")).findFirst().orElseThrow();
        assertEquals(List.of("2022-02-28"), first.attributes().get("date"));
        assertEquals(List.of("2022-02-27"), first.attributes().get("dateConflict"));
        Path jsonld = dir.resolve("entities.jsonld");
        new JsonLdExporter().write(store.dataset(), Projection.ENTITIES, jsonld);
        String text = Files.readString(jsonld);
        assertTrue(text.contains("\"preferredDate\": \"2022-02-28\""), text);
    }

    @Test
    void timelineIsInDateOrder() {
        List<Map<String, String>> timeline = run("timeline", "date", "round", "label", "place");
        assertEquals(List.of("2022-02-28", "2022-03-03", "2022-03-10"), timeline.stream().map(r -> r.get("date")).toList());
    }

    @Test
    void everyFactPointsToItsSentence() {
        List<Map<String, String>> evidence = run("evidence", "subject", "predicate", "object", "article", "url", "file", "sentence");
        assertFalse(evidence.isEmpty());
        for (Map<String, String> r : evidence) {
            assertTrue(r.get("file").startsWith("seeds/"), r.toString());
            assertFalse(r.get("article").isEmpty() || r.get("article").startsWith("/"), r.toString());
            assertFalse(r.get("sentence").isBlank(), r.toString());
        }
        assertTrue(evidence.stream().anyMatch(r -> r.get("predicate").equals("role") && r.get("object").equals("Foreign Minister")
                && r.get("sentence").contains("Russian Foreign Minister Sergey Lavrov")));
        List<String> runs = new ArrayList<>();
        for (Map<String, String> r : evidence) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(r.get("file"))) {
                runs.add(r.get("file"));
            }
        }
        assertEquals(runs.stream().distinct().toList(), runs, "rows come article by article, unsorted");
        assertEquals(4, runs.size(), runs.toString());
    }
}
