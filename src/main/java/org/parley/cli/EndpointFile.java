package org.parley.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The file beside a store in which a running {@code parley serve} records the SPARQL endpoint it
 * serves the store at ({@code data/store.endpoint} for {@code data/store}), so that {@code query}
 * and {@code export} can use the endpoint while the server holds the store's lock. The server
 * writes it once it answers and deletes it when it stops; a file left behind by a killed server is
 * recognised by asking the endpoint, which then does not answer. Stateless and thread-safe.
 */
final class EndpointFile {
    /** Suffix of the file's name after the store folder's name. */
    static final String SUFFIX = ".endpoint";
    /** Endpoint a default {@code parley serve} answers at, for messages when no file says otherwise. */
    static final String DEFAULT_ENDPOINT = "http://127.0.0.1:3030/parley/sparql";
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(3);

    private EndpointFile() {
    }

    /**
     * @param store a store directory
     * @return the endpoint file beside it
     */
    static Path of(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        Path parent = abs.getParent();
        String file = (name == null ? "store" : name.toString()) + SUFFIX;
        return parent == null ? Path.of(file) : parent.resolve(file);
    }

    /**
     * Records the endpoint serving a store (the server deletes it with {@link #remove} when it stops).
     *
     * @param store    the store directory
     * @param endpoint the SPARQL endpoint URL
     * @return the file written
     * @throws IOException when it cannot be written
     */
    static Path write(Path store, String endpoint) throws IOException {
        Path f = of(store);
        Files.writeString(f, endpoint + System.lineSeparator(), StandardCharsets.UTF_8);
        return f;
    }

    /**
     * Deletes the record of a store, if it names this endpoint (a later server may have replaced it).
     *
     * @param store    the store directory
     * @param endpoint the endpoint this process recorded
     */
    static void remove(Path store, String endpoint) {
        Path f = of(store);
        if (recorded(store).filter(endpoint::equals).isPresent()) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // a record that cannot be deleted is recognised as stale by the next reader
            }
        }
    }

    /**
     * @param store a store directory
     * @return the endpoint recorded beside it, whether or not it answers
     */
    static Optional<String> recorded(Path store) {
        Path f = of(store);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            String url = Files.readString(f, StandardCharsets.UTF_8).strip();
            return url.startsWith("http://") || url.startsWith("https://") ? Optional.of(url) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * @param store a store directory
     * @return the endpoint recorded beside it when it answers a SPARQL {@code ASK {}}
     */
    static Optional<String> live(Path store) {
        return recorded(store).filter(EndpointFile::answers);
    }

    /**
     * @param endpoint a SPARQL endpoint URL
     * @return true when it answers {@code ASK {}} with HTTP 200 within a few seconds
     */
    static boolean answers(String endpoint) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(ASK_TIMEOUT).build();
            HttpRequest ask = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                            + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(ASK_TIMEOUT).build();
            return http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
