package org.parley.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The saved queries: {@code queries/*.rq} in the working directory, or, when that folder does not
 * exist, the copy packaged in the jar under {@code /queries/}. Sorted by name. Immutable and
 * thread-safe once loaded.
 */
public final class SavedQueries {
    /** The folder looked for in the working directory. */
    public static final Path DEFAULT_DIR = Path.of("queries");

    private final List<SavedQuery> queries;
    private final String origin;

    private SavedQueries(List<SavedQuery> queries, String origin) {
        this.queries = List.copyOf(queries);
        this.origin = origin;
    }

    /**
     * Loads {@code queries/} from the working directory, or the packaged copy.
     *
     * @return the saved queries
     */
    public static SavedQueries load() {
        return load(null);
    }

    /**
     * Loads the saved queries of a folder.
     *
     * @param dir the folder, or null for {@code queries/} in the working directory with the
     *            packaged copy as fallback
     * @return the saved queries
     * @throws IllegalArgumentException when an explicitly given folder does not exist
     */
    public static SavedQueries load(Path dir) {
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("queries folder " + dir + " does not exist");
            }
            return new SavedQueries(readDir(dir, dir.toString()), dir.toString());
        }
        if (Files.isDirectory(DEFAULT_DIR)) {
            return new SavedQueries(readDir(DEFAULT_DIR, DEFAULT_DIR.toString()), DEFAULT_DIR.toString());
        }
        return new SavedQueries(classpath(), "classpath:/queries/");
    }

    /** @return the queries, sorted by name */
    public List<SavedQuery> all() {
        return queries;
    }

    /** @return where they were read from */
    public String origin() {
        return origin;
    }

    /**
     * @param name a file stem
     * @return the query of that name
     */
    public Optional<SavedQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private static List<SavedQuery> readDir(Path dir, String shown) {
        List<SavedQuery> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(p, shown + "/" + p.getFileName()));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + shown + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Reads one query file.
     *
     * @param file  the {@code .rq} file
     * @param shown its name for messages
     * @return the query
     */
    public static SavedQuery read(Path file, String shown) {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        try {
            return SavedQuery.of(name, Files.readString(file, StandardCharsets.UTF_8), shown);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    private static List<SavedQuery> classpath() {
        URL url = SavedQueries.class.getResource("/queries");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return readDir(fs.getPath("/queries"), "classpath:/queries");
            }
            return readDir(Path.of(uri), "classpath:/queries");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the packaged queries: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a classpath text resource.
     *
     * @param resource absolute resource name
     * @return its text, or empty when absent
     */
    static Optional<String> resource(String resource) {
        try (InputStream in = SavedQueries.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @return an empty set of saved queries */
    public static SavedQueries none() {
        return new SavedQueries(Collections.emptyList(), "none");
    }
}
