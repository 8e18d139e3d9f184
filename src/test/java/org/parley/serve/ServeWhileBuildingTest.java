package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.article.SyntheticArticles;
import org.parley.query.SavedQueries;
import org.parley.rdf.Parley;
import org.parley.store.BuildProgress;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;

/**
 * {@code serve --watch}: articles dropped into the watched folder are built into the store while
 * the endpoint serves it, and concurrent readers only ever see an article graph whole (the size it
 * has at the end) or not at all. Bounded: 3 readers, 24 articles in 3 waves, at most 90 s.
 */
class ServeWhileBuildingTest {
    private static final String HOST = "127.0.0.1";
    private static final String GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STRSTARTS(STR(?g), \"" + Parley.ID + "article/\")) } GROUP BY ?g";

    @Test
    void readersNeverSeeAHalfBuiltArticleWhileTheWatchedFolderIsBuilt(@TempDir Path dir) throws Exception {
        Path inbox = dir.resolve("inbox");
        SyntheticArticles.write(inbox, 0, 0, 1);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
        AtomicInteger answers = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        List<String> watchErrors = new ArrayList<>();
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            FusekiServer server = ParleyServer.start(store.dataset(), new ParleyServer.Options(HOST, 0, false,
                    Duration.ofSeconds(10), SavedQueries.none()));
            String endpoint = "http://" + HOST + ":" + server.getPort() + ParleyServer.QUERY_ENDPOINT + "?query="
                    + URLEncoder.encode(GRAPH_SIZES, StandardCharsets.UTF_8);
            DirectoryWatcher watcher = new DirectoryWatcher(inbox, Duration.ofMillis(200),
                    d -> StoreBuilder.standard(store).build(new ArticleLoader().load(List.of(d)).articles(), BuildProgress.NONE),
                    watchErrors::add).start();
            try {
                List<Future<?>> running3 = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    running3.add(readers.submit(() -> {
                        while (running.get()) {
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                                        .header("Accept", "text/csv").timeout(Duration.ofSeconds(20)).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200) {
                                    errors.incrementAndGet();
                                    continue;
                                }
                                answers.incrementAndGet();
                                r.body().lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
                                    int comma = l.lastIndexOf(',');
                                    seen.computeIfAbsent(l.substring(0, comma), k -> new TreeSet<>())
                                            .add(Long.parseLong(l.substring(comma + 1).trim()));
                                });
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (int wave = 0; wave < 3; wave++) {
                    SyntheticArticles.write(inbox, wave * 8, 8, 1);
                    int expected = (wave + 1) * 8;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (store.contentHashes().size() < expected && System.nanoTime() < deadline) {
                        Thread.sleep(100);
                    }
                    assertEquals(expected, store.contentHashes().size(), "articles built after wave " + wave);
                }
                Thread.sleep(300);
                running.set(false);
                for (Future<?> f : running3) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                running.set(false);
                watcher.close();
                server.stop();
            }
            Map<String, Long> finalSizes = new HashMap<>();
            for (String g : store.contentHashes().keySet()) {
                finalSizes.put(g, store.graphSize(g));
            }
            assertEquals(0, errors.get(), "failed reads");
            assertTrue(answers.get() >= 10, "reads answered: " + answers.get());
            assertTrue(watchErrors.isEmpty(), watchErrors.toString());
            assertEquals(24, seen.size(), "every article was seen by a reader");
            for (Map.Entry<String, Set<Long>> e : seen.entrySet()) {
                assertEquals(Set.of(finalSizes.get(e.getKey())), e.getValue(),
                        e.getKey() + ": sizes seen by readers vs final size");
            }
            System.out.printf("serve-while-building test: %d reads answered during 3 build waves, 0 failed,"
                    + " no partial article graph seen%n", answers.get());
        } finally {
            readers.shutdownNow();
        }
    }
}
