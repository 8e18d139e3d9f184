package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a folder of articles for {@code parley serve --watch}: polls it at a fixed interval
 * and, when its files (names, sizes, modification times) have changed and then stayed the same
 * for one more interval (so half-copied files are not read), hands the folder to the rebuild
 * action. The action runs on the watcher's single thread, so rebuilds never overlap; since the
 * store builder skips unchanged articles, a rebuild writes only new and changed ones, each in a
 * write transaction that readers never see half-done. A failing rebuild is reported to the error
 * sink once and retried at the next change of the folder; the watcher keeps running.
 *
 * <p>Thread-safe: start once, {@link #close()} from any thread.
 */
public final class DirectoryWatcher implements AutoCloseable {
    private final Path dir;
    private final Duration interval;
    private final Consumer<Path> rebuild;
    private final Consumer<String> errors;
    private final ScheduledExecutorService timer;
    private final AtomicInteger rebuilds = new AtomicInteger();
    private Map<String, String> seen = Map.of();
    private Map<String, String> built = Map.of();

    /**
     * @param dir      the folder of articles
     * @param interval time between polls
     * @param rebuild  builds the folder into the store
     * @param errors   receives a one-line message when a poll or a rebuild fails
     */
    public DirectoryWatcher(Path dir, Duration interval, Consumer<Path> rebuild, Consumer<String> errors) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("watch interval must be positive");
        }
        this.dir = dir;
        this.interval = interval;
        this.rebuild = rebuild;
        this.errors = errors;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts polling.
     *
     * @return this watcher
     * @throws IllegalArgumentException when the folder does not exist
     */
    public DirectoryWatcher start() {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such folder to watch");
        }
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(this::poll, 0, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    /** @return how many rebuilds have completed (successfully or not) */
    public int rebuilds() {
        return rebuilds.get();
    }

    private void poll() {
        try {
            Map<String, String> now = snapshot();
            boolean settled = now.equals(seen);
            seen = now;
            if (settled && !now.equals(built) && !now.isEmpty()) {
                built = now;
                try {
                    rebuild.accept(dir);
                } finally {
                    rebuilds.incrementAndGet();
                }
            }
        } catch (RuntimeException e) {
            errors.accept("watching " + dir + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private Map<String, String> snapshot() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        out.put(dir.relativize(p).toString(), a.size() + "@" + a.lastModifiedTime().toMillis());
                    }
                } catch (IOException e) {
                    out.put(dir.relativize(p).toString(), "unreadable");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Stops polling and waits for a running rebuild to finish. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.MINUTES)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
