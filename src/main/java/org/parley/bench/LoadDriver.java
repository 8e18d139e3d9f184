package org.parley.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.zip.GZIPInputStream;

/**
 * A closed-loop HTTP load driver for a SPARQL endpoint: N clients each send a query, wait for the
 * whole response, and send the next, until a request budget or a time budget is spent. Records
 * the latency of every request: from sending it to the last byte of the response body. Like
 * browsers, {@code curl --compressed} and most HTTP libraries, the clients accept gzip
 * ({@code Accept-Encoding: gzip}); the body is read as it comes over the wire and discarded in a
 * small buffer. Each client decompresses its first successful response after timing it, to count
 * the rows (CSV lines less the header); the run reports the most rows any client counted.
 *
 * <p>A request fails when it gets no 200 response or a body shorter than the longest body of the
 * run (every request of a run sends the same query to an unchanging store, so the answers are the
 * same; a query that times out while streaming its results ends with a truncated 200 response).
 * Failed requests count in the latencies too.
 *
 * <p>Thread-safe; each {@link #run} uses its own threads.
 */
public final class LoadDriver {
    private final URI endpoint;
    private final HttpClient http;

    /**
     * Latencies of one run.
     *
     * @param status HTTP status of the first response of the run (200 when the query was answered)
     * @param rows   result rows of a successful response (CSV lines less the header), -1 when none
     * @param bytes  body size of the longest response, as sent (compressed when the server compressed it)
     */
    public record Latencies(String query, int clients, int requests, int errors, double p50Ms, double p95Ms,
                            double p99Ms, double maxMs, long rows, long bytes, int status) {
    }

    /** One response: status, body bytes as sent, rows counted (-1 when not counted), nanoseconds. */
    private record Response(int status, long bytes, long rows, long nanos) {
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
        List<Future<List<Response>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Response> mine = new ArrayList<>();
                boolean counted = false;
                while (mine.isEmpty() || (issued.get() < maxRequests && System.nanoTime() < deadline)) {
                    issued.incrementAndGet();
                    Response r = send(form, !counted);
                    counted |= r.rows() >= 0;
                    mine.add(r);
                }
                return mine;
            }));
        }
        List<Response> all = new ArrayList<>();
        try {
            for (Future<List<Response>> f : results) {
                all.addAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load run interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("load run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long[] sorted = all.stream().mapToLong(Response::nanos).toArray();
        Arrays.sort(sorted);
        long bytes = all.stream().filter(r -> r.status() == 200).mapToLong(Response::bytes).max().orElse(-1);
        long rows = all.stream().mapToLong(Response::rows).max().orElse(-1);
        int errors = (int) all.stream().filter(r -> r.status() != 200 || r.bytes() < bytes).count();
        return new Latencies(name, clients, sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, rows,
                Math.max(0, bytes), all.isEmpty() ? -1 : all.get(0).status());
    }

    /** Sends one request and reads the whole body; counts its rows after timing when asked and it succeeded. */
    private Response send(String form, boolean countRows) {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        long t = System.nanoTime();
        try {
            HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            boolean gzip = resp.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip"))
                    .orElse(false);
            boolean keep = countRows && resp.statusCode() == 200;
            byte[] body = null;
            long n;
            try (InputStream in = resp.body()) {
                if (keep) {
                    body = in.readAllBytes();
                    n = body.length;
                } else {
                    n = discard(in);
                }
            }
            long nanos = System.nanoTime() - t;
            long rows = -1;
            if (body != null) {
                try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(body), 1 << 16)
                        : new ByteArrayInputStream(body)) {
                    rows = lines(in) - 1;
                } catch (IOException e) {
                    rows = -1;
                }
            }
            return new Response(resp.statusCode(), n, rows, nanos);
        } catch (IOException e) {
            return new Response(-1, 0, -1, System.nanoTime() - t);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, 0, -1, System.nanoTime() - t);
        }
    }

    private static long discard(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        for (int k; (k = in.read(buf)) >= 0; ) {
            n += k;
        }
        return n;
    }

    /** Counts newline bytes. */
    static long lines(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        for (int k; (k = in.read(buf)) >= 0; ) {
            for (int i = 0; i < k; i++) {
                if (buf[i] == '\n') {
                    n++;
                }
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
