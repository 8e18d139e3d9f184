package org.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop HTTP load driver for a SPARQL endpoint: N clients each send a query, wait for the
 * whole response, and send the next, until a request budget or a time budget is spent. Records
 * the latency of every request. A request fails when it gets no 200 response or fewer rows than
 * the most any request of the run got (a query that times out while streaming its results ends
 * with a truncated 200 response); failed requests count in the latencies too.
 *
 * <p>Thread-safe; each {@link #run} uses its own threads.
 */
public final class LoadDriver {
    private final URI endpoint;
    private final HttpClient http;

    /** Latencies of one run. */
    public record Latencies(String query, int clients, int requests, int errors, double p50Ms, double p95Ms,
                            double p99Ms, double maxMs, long rows) {
    }

    /**
     * @param endpoint the SPARQL query endpoint ({@code http://host:port/parley/sparql})
     */
    public LoadDriver(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Runs one query under load.
     *
     * @param name        name reported
     * @param query       SPARQL text
     * @param clients     concurrent clients
     * @param maxRequests stop after this many requests in total (at least one per client is sent)
     * @param budget      stop starting new requests after this long
     * @return the latencies
     */
    public Latencies run(String name, String query, int clients, int maxRequests, Duration budget) {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        AtomicInteger issued = new AtomicInteger();
        long deadline = System.nanoTime() + budget.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                boolean once = false;
                while (!once || (issued.get() < maxRequests && System.nanoTime() < deadline)) {
                    once = true;
                    issued.incrementAndGet();
                    HttpRequest req = HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(300))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                    long t = System.nanoTime();
                    long got = -1;
                    try {
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() == 200) {
                            got = lines(resp.body()) - 1;
                        }
                    } catch (IOException e) {
                        got = -1;
                    }
                    mine.add(System.nanoTime() - t);
                    synchronized (counts) {
                        counts.add(got);
                    }
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<Long> all = new ArrayList<>();
        try {
            for (Future<long[]> f : results) {
                for (long v : f.get()) {
                    all.add(v);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load run interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("load run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        long rows = counts.stream().mapToLong(Long::longValue).max().orElse(-1);
        int errors = (int) counts.stream().filter(n -> n < rows || n < 0).count();
        return new Latencies(name, clients, sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, Math.max(0, rows));
    }

    private static long lines(String body) {
        long n = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
