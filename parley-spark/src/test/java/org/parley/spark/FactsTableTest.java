package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;
import org.parley.parts.PartManifest;
import org.parley.store.ParleyStore;

/**
 * {@code parley spark seeds --facts} ({@code local[2]}, two parts): the facts table has one row
 * per evidence node of the manifest's articles, with the values SPARQL finds in a
 * {@code parley build} store; articles the manifest does not list are left out; the example
 * query of {@code docs/facts-table.md} gives the same non-empty rows in Spark SQL and DuckDB.
 */
class FactsTableTest {
    private static final String EVIDENCE = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?e ?s ?p ?o ?article ?sentence ?text ?confidence ?words WHERE {
              GRAPH ?g { ?e a parley:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                            parley:inArticle ?article ; parley:confidence ?confidence ; parley:mentionText ?words
                         OPTIONAL { ?e parley:sentence ?sentence . ?sentence parley:text ?text } }
            }""";
    @TempDir
    static Path dir;
    private static Path parts;
    private static ParleyStore built;
    private static SparkSession spark;
    private static Dataset<Row> facts;

    @BeforeAll
    static void convert() {
        assertEquals(0, Main.run("build", "seeds", "--store", dir.resolve("built").toString()));
        built = ParleyStore.open(dir.resolve("built"));
        parts = dir.resolve("parts");
        assertEquals(0, SparkMain.run("spark", "seeds", "--out", parts.toString(), "--master", "local[2]",
                "--tasks", "2", "--facts"));
        spark = SparkSession.builder().config(SparkSessions.conf("FactsTableTest", "local[2]")).getOrCreate();
        facts = spark.read().parquet(parts.resolve(FactsTable.DIR).toString());
        facts.createOrReplaceTempView("facts");
    }

    @AfterAll
    static void close() {
        if (spark != null) {
            spark.stop();
        }
        if (built != null) {
            built.close();
        }
    }

    @Test
    void oneRowPerEvidenceNodeOfTheManifestsArticles() {
        Set<String> listed = PartManifest.read(parts).parts().stream().flatMap(p -> p.articles().stream())
                .map(PartManifest.Entry::iri).collect(Collectors.toSet());
        assertEquals(4, listed.size());
        List<String> evidence = sparql(built, EVIDENCE).stream().map(r -> r.get(0)).toList();
        assertTrue(evidence.size() > 100, "a real graph: " + evidence.size());
        assertEquals(evidence.size(), facts.count());
        assertEquals(listed, new HashSet<>(facts.select("article").distinct().as(Encoders.STRING()).collectAsList()));
        assertEquals(columns(FactsTable.SCHEMA), columns(facts.schema()),
                "the explicit schema's names and types (Spark reads Parquet columns back as nullable)");
    }

    @Test
    void rowsHoldWhatSparqlFindsInTheStore() {
        List<String> expected = new ArrayList<>();
        for (List<String> r : sparql(built, EVIDENCE)) {
            expected.add(String.join(" | ", r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6),
                    Double.toString(Double.parseDouble(r.get(7))), r.get(8)));
        }
        List<String> actual = new ArrayList<>();
        for (Row r : facts.select("evidence", "subject", "predicate", "object", "article", "sentence",
                "sentence_text", "confidence", "mention_text").collectAsList()) {
            actual.add(String.join(" | ", r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    r.getString(4), String.valueOf(r.get(5)), String.valueOf(r.get(6)),
                    Double.toString(r.getDouble(7)), r.getString(8)));
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
    }

    @Test
    void aRoundsDateRowInDetail() {
        List<Row> dates = spark.sql("SELECT * FROM facts WHERE predicate = 'https://w3id.org/parley/ontology#date'"
                + " ORDER BY evidence LIMIT 1").collectAsList();
        assertEquals(1, dates.size(), "the seeds claim round dates");
        Row d = dates.get(0);
        String e = d.getAs("evidence");
        List<List<String>> store = sparql(built, """
                PREFIX parley: <https://w3id.org/parley/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?o ?dt ?label ?index ?start WHERE {
                  GRAPH ?g { <%s> rdf:subject ?s ; rdf:object ?o ; parley:sentence ?sn ; parley:start ?start .
                             ?s parley:name ?label . ?sn parley:sentenceIndex ?index BIND(DATATYPE(?o) AS ?dt) } }
                """.formatted(e));
        assertEquals(1, store.size(), "a round has one name in an article: " + store);
        List<String> s = store.get(0);
        assertEquals(List.of(s.get(0), "literal", s.get(1), s.get(2), s.get(3), s.get(4)),
                List.of(d.getAs("object"), d.getAs("object_kind"), d.getAs("object_datatype"),
                        d.getAs("subject_label"), String.valueOf((Integer) d.getAs("sentence_index")),
                        String.valueOf((Integer) d.getAs("mention_start"))));
        assertEquals("http://www.w3.org/2001/XMLSchema#date", d.getAs("object_datatype"));
        List<Row> parties = spark.sql("SELECT object_kind, object_datatype, object_label FROM facts"
                + " WHERE predicate = 'https://w3id.org/parley/ontology#party'").collectAsList();
        assertFalse(parties.isEmpty());
        for (Row p : parties) {
            assertEquals("iri", p.getString(0));
            assertEquals(null, p.get(1));
            assertNotNull(p.get(2), "every side has a name in its article");
        }
    }

    @Test
    void articlesTheManifestDoesNotListAreLeftOut() throws IOException {
        Path trimmed = Files.createDirectories(dir.resolve("trimmed"));
        PartManifest m = PartManifest.read(parts);
        for (PartManifest.Part p : m.parts()) {
            Files.copy(parts.resolve(p.file()), trimmed.resolve(p.file()));
        }
        PartManifest.Part first = m.parts().get(0);
        String dropped = first.articles().get(0).iri();
        List<PartManifest.Part> kept = new ArrayList<>(m.parts());
        kept.set(0, new PartManifest.Part(first.file(), first.quads(),
                first.articles().subList(1, first.articles().size()), first.skipped(), first.problems()));
        PartManifest trimmedManifest = new PartManifest(kept);
        trimmedManifest.write(trimmed);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long rows = FactsTable.write(sc, trimmedManifest, PartsOutput.of(sc, trimmed.toString()));
        long droppedRows = facts.filter(facts.col("article").equalTo(dropped)).count();
        assertTrue(droppedRows > 0);
        assertEquals(facts.count() - droppedRows, rows);
        Dataset<Row> table = spark.read().parquet(trimmed.resolve(FactsTable.DIR).toString());
        assertEquals(0, table.filter(table.col("article").equalTo(dropped)).count());
    }

    @Test
    void theDocsQueryAnswersAlikeInSparkSqlAndDuckDb() throws IOException, SQLException {
        String query = docsQuery();
        List<String> sparkRows = spark.sql(query).collectAsList().stream().map(FactsTableTest::text).toList();
        List<String> duckRows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE VIEW facts AS SELECT * FROM read_parquet('"
                    + parts.resolve(FactsTable.DIR).toAbsolutePath() + "/*.parquet')");
            try (java.sql.ResultSet rs = st.executeQuery(query)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(String.valueOf(rs.getObject(i)));
                    }
                    duckRows.add(String.join(" | ", row));
                }
            }
        }
        assertFalse(sparkRows.isEmpty(), "the seeds have negotiators");
        assertEquals(sparkRows, duckRows);
        assertTrue(sparkRows.get(0).startsWith("https://w3id.org/parley/id/"), sparkRows.toString());
    }

    /** @return the one {@code sql} block of {@code docs/facts-table.md} */
    static String docsQuery() throws IOException {
        Matcher m = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/facts-table.md")));
        assertTrue(m.find(), "docs/facts-table.md has a sql block");
        String query = m.group(1);
        assertFalse(m.find(), "docs/facts-table.md has one sql block");
        return query;
    }

    private static List<String> columns(StructType schema) {
        return Stream.of(schema.fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }

    private static String text(Row r) {
        return Stream.iterate(0, i -> i < r.length(), i -> i + 1).map(i -> String.valueOf(r.get(i)))
                .collect(Collectors.joining(" | "));
    }

    /** @return the rows of a SELECT on a store, each as its values' text (IRIs, lexical forms, "null") */
    private static List<List<String>> sparql(ParleyStore store, String query) {
        List<List<String>> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution sol = rs.next();
                    List<String> row = new ArrayList<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = sol.get(v);
                        row.add(n == null ? "null" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
            }
        });
        return rows;
    }
}
