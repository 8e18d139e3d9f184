package org.parley.cli;

import java.nio.file.Path;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Option;

/**
 * The {@code --store DIR} option of the commands that work on one store (a picocli mixin; default
 * {@code data/store}), and the one way commands open a store that must already exist. Not
 * thread-safe (picocli fills it once per command line).
 */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    /** @return the store directory given (or the default) */
    Path dir() {
        return store;
    }

    /** @return the store, opened; it must exist */
    ParleyStore openExisting() {
        return openExisting(store);
    }

    /**
     * Opens a store that must exist.
     *
     * @param dir the store directory
     * @return the store
     * @throws IllegalArgumentException naming the directory when it holds no store
     */
    static ParleyStore openExisting(Path dir) {
        if (!ParleyStore.exists(dir)) {
            throw new IllegalArgumentException("no store at " + dir + " (run 'parley build' first, or give --store)");
        }
        return ParleyStore.open(dir);
    }
}
