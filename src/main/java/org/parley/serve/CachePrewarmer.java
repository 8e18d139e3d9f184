package org.parley.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.query.SavedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the {@link ResultCache} with the saved queries' answers in the background: once the
 * server has started and again after each write (once no write has come for a short quiet
 * period, so a build of many transactions triggers one pass). Writes are noticed by checking the
 * store's data version every {@value #POLL_MILLIS} ms, or sooner by a request. Each saved query is sent over HTTP
 * to the server itself, exactly as a client would send it, once per prewarmed result format, with
 * the {@link CachingFilter#PREWARM_HEADER} token so that it runs with the longer prewarm timeout.
 * A pass stops early when a write starts a new generation (the next pass follows it). A saved
 * query whose prewarm request fails (an error such as a result over the server's row limit, the
 * prewarm timeout, or an answer too large to keep) is logged once as a warning and not prewarmed
 * again by this server: at scale such a query costs minutes per write for nothing.
 *
 * <p>Thread-safe: one background thread does all passes.
 */
public final class CachePrewarmer implements AutoCloseable {
    /** Interval at which the store's data version is checked for writes, in milliseconds. */
    public static final long POLL_MILLIS = 250;
    /** Result formats prewarmed: JSON (query page and explorer) and CSV. */
    public static final List<String> ACCEPT = List.of("application/sparql-results+json", "text/csv");

    private static final Logger LOG = LoggerFactory.getLogger(CachePrewarmer.class);

    private final URI endpoint;
    private final String token;
    private final List<SavedQuery> queries;
    private final ResultCache cache;
    private final Duration quiet;
    private final Duration timeout;
    private final HttpClient http;
    private final ScheduledExecutorService thread;
    private final AtomicInteger passes = new AtomicInteger();
    private final Set<String> given = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> pending;

    /**
     * @param endpoint the server's query endpoint
     * @param token    the prewarm token the server's {@link CachingFilter} accepts
     * @param queries  the saved queries to prewarm
     * @param cache    the cache (its generation tells when a pass is outdated)
     * @param quiet    time without writes before a pass starts
     * @param timeout  HTTP timeout of one prewarm request
     */
    public CachePrewarmer(URI endpoint, String token, List<SavedQuery> queries, ResultCache cache, Duration quiet,
                          Duration timeout) {
        this.endpoint = endpoint;
        this.token = token;
        this.queries = List.copyOf(queries);
        this.cache = cache;
        this.quiet = quiet;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-prewarm");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching the store's data version ({@link ResultCache#refresh()}, which starts a
     * new generation and, through the listener this registers, a new pass) and schedules the
     * first pass.
     *
     * @return this prewarmer
     */
    public CachePrewarmer start() {
        cache.onInvalidate(this::schedule);
        thread.scheduleWithFixedDelay(cache::refresh, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        schedule();
        return this;
    }

    /** Schedules a pass after the quiet period, replacing a pass scheduled but not started. */
    public synchronized void schedule() {
        if (queries.isEmpty() || thread.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = thread.schedule(this::pass, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return the passes completed (to the end or stopped by a write) */
    public int passes() {
        return passes.get();
    }

    private void pass() {
        long generation = cache.generation();
        String failure = null;
        try {
            for (SavedQuery q : queries) {
                for (String accept : ACCEPT) {
                    if (cache.generation() != generation || thread.isShutdown()) {
                        return;
                    }
                    if (given.contains(q.name())) {
                        break;
                    }
                    String problem = send(q, accept);
                    if (problem != null) {
                        given.add(q.name());
                        if (failure == null) {
                            failure = q.name() + " (" + accept + "): " + problem + "; not prewarmed any more";
                        }
                    }
                }
            }
        } finally {
            passes.incrementAndGet();
            if (failure != null) {
                LOG.warn("prewarming the saved queries' answers: {}", failure);
            }
        }
    }

    /** @return null on success, else what went wrong */
    private String send(SavedQuery q, String accept) {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .header(CachingFilter.PREWARM_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<Void> resp = http.send(req, HttpResponse.BodyHandlers.discarding());
            if (resp.statusCode() != 200) {
                return "HTTP " + resp.statusCode();
            }
            return resp.headers().firstValue(CachingFilter.STATUS_HEADER).isPresent() ? null
                    : "answer larger than a cache entry may be";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Stops: a pass under way ends after its current request. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
