package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log of a long-running server at its default level (the packaged log4j2.xml, in a child
 * {@code parley serve} whose standard error is captured): 100 hostile requests (queries nested
 * 800 deep, parse errors, huge queries, timeouts, TRACE, unknown paths, thousands of unknown
 * parameters) are each answered with a one-line message and leave one log line each, no stack trace, under 20 KB in all; the query
 * texts are logged only with {@code -v}.
 */
class ServerLogTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";

    @TempDir
    Path tmp;

    /** A request, the statuses it may get, and a short name for messages. */
    private record Hostile(String name, Set<Integer> statuses, HttpRequest request) {
        Hostile(String name, int status, HttpRequest request) {
            this(name, Set.of(status), request);
        }

        /** @return true for a status it may get, with a one-line message for the errors the server words */
        boolean answered(HttpResponse<String> r) {
            return statuses.contains(r.statusCode()) && (r.statusCode() < 400 || r.statusCode() == 404
                    || !r.body().isBlank() && !r.body().strip().contains("\n"));
        }
    }

    private static String nested(int depth) {
        return "SELECT * WHERE { " + "OPTIONAL { ?s ?p ?o ".repeat(depth) + "}".repeat(depth) + " }";
    }

    private static HttpRequest post(String base, String query) {
        return HttpRequest.newBuilder(URI.create(base + ParleyServer.QUERY_ENDPOINT))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    private static List<Hostile> hostile(String base) {
        List<Hostile> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // parsed and run until the timeout, or too deep for the parser's or the optimizer's stack
            all.add(new Hostile("800-deep OPTIONAL", Set.of(400, 503), post(base, nested(800 + i))));
        }
        for (int i = 0; i < 30; i++) {
            all.add(new Hostile("5000-deep groups", 400, post(base, "ASK " + "{".repeat(5000 + i) + "}".repeat(5000 + i))));
        }
        for (int i = 0; i < 5; i++) {
            all.add(new Hostile("2,000 unknown parameters", 200, HttpRequest.newBuilder(URI.create(base
                    + ParleyServer.QUERY_ENDPOINT + "?query=ASK%7B%7D" + IntStream.range(0, 2000).mapToObj(k -> "&unknown" + k + "=1")
                    .collect(Collectors.joining()) + "&last=" + i)).build()));
        }
        for (int i = 0; i < 20; i++) {
            all.add(new Hostile("parse error", 400, post(base, "SELECT ?x WHERE { ?x ?y " + i + " ] garbage")));
        }
        for (int i = 0; i < 5; i++) {
            all.add(new Hostile("huge parse error", 400, post(base, "SELECT * { " + "<urn:x> ".repeat(100_000) + "!")));
        }
        for (int i = 0; i < 10; i++) {
            all.add(new Hostile("huge query", 413, post(base, "# " + "x".repeat(1 << 20) + "\nASK {}")));
        }
        for (int i = 0; i < 5; i++) {
            all.add(new Hostile("timeout", 503, post(base, SLOW + " # " + i)));
        }
        for (int i = 0; i < 5; i++) {
            all.add(new Hostile("TRACE", 405, HttpRequest.newBuilder(URI.create(base + "/parley/sparql"))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).build()));
        }
        for (int i = 0; i < 10; i++) {
            all.add(new Hostile("unknown path", 404, HttpRequest.newBuilder(URI.create(base + "/admin/" + i)).build()));
        }
        return all;
    }

    @Test
    void hundredHostileRequestsLeaveOneShortLineEachAndNoStackTrace() throws Exception {
        Path log = tmp.resolve("serve.log");
        try (ExplorerPageBrowserTest.Serve serve = ExplorerPageBrowserTest.Serve.start(log, "--store",
                QueryPageBrowserTest.fixtureStore(tmp.resolve("store")).toString(), "--timeout", "1")) {
            awaitQuiet(log);
            long before = Files.size(log);
            List<Hostile> requests = hostile(serve.base());
            assertEquals(100, requests.size());
            Map<String, Integer> wrong = new TreeMap<>();
            for (Hostile h : requests) {
                HttpResponse<String> r = HTTP.send(h.request(), HttpResponse.BodyHandlers.ofString());
                if (!h.answered(r)) {
                    wrong.merge(h.name() + " -> " + r.statusCode() + " " + r.body().lines().findFirst().orElse(""),
                            1, Integer::sum);
                }
            }
            assertTrue(wrong.isEmpty(), "not answered with an expected status and a one-line message: " + wrong);
            awaitQuiet(log);
            String added = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).substring((int) before);
            List<String> lines = added.lines().filter(l -> !l.contains(" prewarm")).toList();
            System.out.printf("100 hostile requests: %d bytes of log, %d lines; first: %s%n", added.length(),
                    lines.size(), lines.isEmpty() ? "" : lines.get(0));
            assertTrue(added.length() < 20 * 1024, added.length() + " bytes of log; the longest lines:\n" + longest(added));
            assertFalse(added.contains("\tat ") || added.contains("Exception") || added.contains("Error"),
                    "stack trace or exception in the log:\n" + head(added));
            assertEquals(100, lines.size(), "one line per request:\n" + head(added));
            assertTrue(lines.stream().allMatch(l -> l.matches(".* (POST|TRACE|GET) /\\S* \\d{3} \\d+ ms.*")), head(added));
            assertFalse(added.contains("OPTIONAL") || added.contains("garbage"), "query text at the default level");
        }
    }

    @Test
    void withVerboseTheQueryTextIsLoggedOnOneLine() throws Exception {
        Path log = tmp.resolve("serve.log");
        try (ExplorerPageBrowserTest.Serve serve = ExplorerPageBrowserTest.Serve.start(log, "--store",
                QueryPageBrowserTest.fixtureStore(tmp.resolve("store")).toString(), "-v")) {
            HttpResponse<String> r = HTTP.send(post(serve.base(), "SELECT ?s\n# marker-comment\nWHERE { ?s ?p ?o } LIMIT 3"),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            awaitQuiet(log);
            String text = Files.readString(log);
            assertTrue(text.contains("DEBUG") && text.contains("query: SELECT ?s\\n# marker-comment\\nWHERE"), head(text));
            assertTrue(text.lines().anyMatch(l -> l.matches(".*INFO .* POST /parley/sparql 200 \\d+ ms 3 rows.*")),
                    head(text));
        }
    }

    /** Waits until the log has not grown for three seconds (the cache's prewarm and the request lines written). */
    private static void awaitQuiet(Path log) throws IOException, InterruptedException {
        long size = Files.size(log);
        long quietSince = System.nanoTime();
        for (int i = 0; i < 600 && System.nanoTime() - quietSince < 3_000_000_000L; i++) {
            Thread.sleep(200);
            if (Files.size(log) != size) {
                size = Files.size(log);
                quietSince = System.nanoTime();
            }
        }
    }

    private static String longest(String text) {
        return head(String.join("\n", text.lines().sorted((a, b) -> b.length() - a.length()).limit(5)
                .map(l -> l.length() > 700 ? l.substring(0, 700) + "… (" + l.length() + " characters)" : l).toList()));
    }

    private static String head(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
    }
}
