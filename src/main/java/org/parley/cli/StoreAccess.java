package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.parley.query.RemoteDataset;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine;

/**
 * How the reading commands ({@code query}, {@code export}) reach a store: at the SPARQL endpoint
 * given with {@code --endpoint}; else at the endpoint of the running {@code parley serve} that holds
 * the store (recorded in its {@link EndpointFile}, and answering); else by opening the store. When
 * the store is locked by a process that recorded no live endpoint, the error gives the exact
 * command to run with {@code --endpoint}. Not thread-safe; close it to release an opened store.
 */
final class StoreAccess implements AutoCloseable {
    private final String endpoint;
    private final ParleyStore store;

    private StoreAccess(String endpoint, ParleyStore store) {
        this.endpoint = endpoint;
        this.store = store;
    }

    /**
     * Finds the way to the store.
     *
     * @param dir      the store directory
     * @param endpoint the endpoint given on the command line, or null
     * @param cl       the command line (for its arguments and standard error)
     * @return the access: an endpoint or an opened store
     * @throws StoreException when the store cannot be opened; for a locked store, naming the command to run
     */
    static StoreAccess open(Path dir, String endpoint, CommandLine cl) {
        if (endpoint != null) {
            return new StoreAccess(endpoint, null);
        }
        Optional<String> served = EndpointFile.live(dir);
        if (served.isPresent()) {
            cl.getErr().println("parley: " + dir + " is served by 'parley serve' at " + served.get() + "; reading it there");
            cl.getErr().flush();
            return new StoreAccess(served.get(), null);
        }
        try {
            return new StoreAccess(null, StoreOption.openExisting(dir));
        } catch (StoreException e) {
            if (!e.isLocked()) {
                throw e;
            }
            throw StoreException.locked("store " + dir + " is locked by another process, and no 'parley serve'"
                    + " recorded in " + EndpointFile.of(dir) + " answers. If a server holds it, run: "
                    + withEndpoint(cl, EndpointFile.recorded(dir).orElse(EndpointFile.DEFAULT_ENDPOINT)), e);
        }
    }

    /**
     * @param cl       the command line
     * @param endpoint an endpoint URL
     * @return the command as given, without {@code --store}, with {@code --endpoint URL} added
     */
    static String withEndpoint(CommandLine cl, String endpoint) {
        List<String> words = new ArrayList<>(List.of("parley"));
        List<String> args = cl.getParseResult() == null ? List.of(cl.getCommandName())
                : cl.getParseResult().originalArgs();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--store")) {
                i++;
            } else if (!a.startsWith("--store=")) {
                words.add(quoted(a));
            }
        }
        words.add("--endpoint");
        words.add(endpoint);
        return String.join(" ", words);
    }

    private static String quoted(String word) {
        return word.matches("[\\w@%+=:,./-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** @return the endpoint to query, or null when the store was opened */
    String endpoint() {
        return endpoint;
    }

    /** @return the opened store, or null when an endpoint is used */
    ParleyStore store() {
        return store;
    }

    /** @return the store's dataset, or an in-memory copy of the endpoint's named graphs */
    Dataset dataset() {
        return store != null ? store.dataset() : RemoteDataset.fetch(endpoint);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
