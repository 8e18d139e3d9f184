package org.parley.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Complete HTTP responses to read queries, kept for one generation of the store.
 *
 * <p>Generations: the cache reads the store's data version (a number the store advances with
 * every committed write transaction, whoever makes it) before each lookup and in
 * {@link #refresh()}; when it has changed, the cache starts a new generation and drops every
 * answer ({@link #invalidate()} does the same unconditionally). A transaction that begins after
 * the version was read sees at least that version's data, so an answer is never older than the
 * version it is looked up for. An answer computed while the generation changed is handed to the
 * requests waiting for it but not kept.
 *
 * <p>Single flight: the first request for a key {@linkplain #begin(String) leads} and computes;
 * requests for the same key and generation arriving meanwhile {@linkplain Lookup#waiting() wait}
 * for its answer instead of computing it again.
 *
 * <p>Bounded: the bodies kept (compressed, see {@link Response#compressed()}) add up to at most
 * {@code maxBytes} (plus a small per-entry allowance); the least recently used entries are
 * dropped first; an answer larger than {@link #maxEntryBytes()} is never kept.
 *
 * <p>Thread-safe.
 */
public final class ResultCache {
    /** Bytes counted per entry on top of its body and key (headers, bookkeeping). */
    static final int ENTRY_OVERHEAD = 512;

    /**
     * A complete response.
     *
     * @param status      HTTP status
     * @param contentType Content-Type header, or null
     * @param headers     other headers, in order ({@code name, value} pairs)
     * @param body        the body, gzip-compressed when {@code gzip}
     * @param gzip        whether {@code body} is compressed
     * @param length      the length of the uncompressed body
     */
    public record Response(int status, String contentType, List<String[]> headers, byte[] body, boolean gzip,
                           long length) {
        /** Copies the header list. */
        public Response {
            headers = List.copyOf(headers);
        }

        /**
         * A response as sent, uncompressed.
         *
         * @param status      HTTP status
         * @param contentType Content-Type header, or null
         * @param headers     other headers
         * @param body        the body
         */
        public Response(int status, String contentType, List<String[]> headers, byte[] body) {
            this(status, contentType, headers, body, false, body.length);
        }

        /**
         * @return this response with its body gzip-compressed (fastest level), when that saves memory
         */
        public Response compressed() {
            if (gzip || body.length < 1024) {
                return this;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            }) {
                z.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot compress in memory", e);
            }
            return out.size() < body.length ? new Response(status, contentType, headers, out.toByteArray(), true,
                    body.length) : this;
        }

        long weight(String key) {
            return body.length + 2L * key.length() + ENTRY_OVERHEAD;
        }
    }

    /**
     * The outcome of {@link #begin(String)}: exactly one of the three is non-null.
     *
     * @param hit     the kept answer
     * @param waiting the answer another request is computing (completes with null when that
     *                request could not capture its answer, e.g. because it was too large)
     * @param lead    the ticket of the request that must compute the answer and {@link #finish} it
     */
    public record Lookup(Response hit, CompletableFuture<Response> waiting, Ticket lead) {
    }

    /** The right and duty to compute one key's answer for one generation. */
    public static final class Ticket {
        private final String key;
        private final long generation;
        private final CompletableFuture<Response> future = new CompletableFuture<>();

        private Ticket(String key, long generation) {
            this.key = key;
            this.generation = generation;
        }
    }

    private final long maxBytes;
    private final long maxEntryBytes;
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier version;
    private long seenVersion;
    private final Map<String, Ticket> flights = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, Response> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long bytes;
    private long hits;
    private long misses;

    /**
     * @param maxBytes the most body bytes kept; an answer larger than a quarter of it is not kept
     * @param version  reads the store's data version, which changes with every committed write
     */
    public ResultCache(long maxBytes, LongSupplier version) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("cache size must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxEntryBytes = Math.max(1, maxBytes / 4);
        this.version = version;
        this.seenVersion = version.getAsLong();
    }

    /**
     * Reads the store's data version and starts a new generation when it has changed.
     *
     * @return true when it had changed
     */
    public boolean refresh() {
        long v = version.getAsLong();
        synchronized (this) {
            if (v == seenVersion) {
                return false;
            }
            seenVersion = v;
        }
        invalidate();
        return true;
    }

    /** @return the largest answer body kept, in bytes */
    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    /** @return the store generation answers are computed for now */
    public long generation() {
        return generation.get();
    }

    /**
     * Looks an answer up, joins a computation under way, or makes the caller the one to compute.
     *
     * @param key what identifies the answer (query, parameters, format)
     * @return the lookup outcome
     */
    public Lookup begin(String key) {
        refresh();
        long gen = generation.get();
        synchronized (this) {
            Response r = entries.get(key);
            if (r != null) {
                hits++;
                return new Lookup(r, null, null);
            }
            misses++;
        }
        Ticket mine = new Ticket(key, gen);
        Ticket running = flights.putIfAbsent(gen + "\u0000" + key, mine);
        if (running != null) {
            return new Lookup(null, running.future, null);
        }
        return new Lookup(null, null, mine);
    }

    /**
     * @param key what identifies the answer
     * @return the answer kept for the key in the current generation, or null; counts as neither a
     *         hit nor a miss
     */
    public synchronized Response peek(String key) {
        return entries.get(key);
    }

    /**
     * Ends a computation: hands the answer to the requests waiting for it and keeps it when it is
     * a success ({@code 200}), small enough, and no write committed since the ticket was issued.
     *
     * @param ticket   the ticket from {@link #begin}
     * @param response the complete answer, or null when it could not be captured
     */
    public void finish(Ticket ticket, Response response) {
        flights.remove(ticket.generation + "\u0000" + ticket.key, ticket);
        ticket.future.complete(response);
        if (response == null || response.status() != 200 || response.body().length > maxEntryBytes) {
            return;
        }
        synchronized (this) {
            if (generation.get() != ticket.generation) {
                return;
            }
            Response old = entries.put(ticket.key, response);
            if (old != null) {
                bytes -= old.weight(ticket.key);
            }
            bytes += response.weight(ticket.key);
            Iterator<Map.Entry<String, Response>> it = entries.entrySet().iterator();
            while (bytes > maxBytes && it.hasNext()) {
                Map.Entry<String, Response> eldest = it.next();
                bytes -= eldest.getValue().weight(eldest.getKey());
                it.remove();
            }
        }
    }

    /**
     * Starts a new generation: drops every kept answer and notifies the listeners (on the
     * calling thread; they must return quickly).
     */
    public void invalidate() {
        synchronized (this) {
            generation.incrementAndGet();
            entries.clear();
            bytes = 0;
        }
        for (Runnable r : new ArrayList<>(listeners)) {
            r.run();
        }
    }

    /** @param listener called after each {@link #invalidate()} */
    public void onInvalidate(Runnable listener) {
        listeners.add(listener);
    }

    /** @return the answers kept */
    public synchronized int size() {
        return entries.size();
    }

    /** @return the body bytes kept, with the per-entry allowance */
    public synchronized long bytes() {
        return bytes;
    }

    /** @return lookups answered from the cache */
    public synchronized long hits() {
        return hits;
    }

    /** @return lookups not answered from the cache (computed or joined) */
    public synchronized long misses() {
        return misses;
    }
}
