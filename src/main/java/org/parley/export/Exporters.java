package org.parley.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * The export formats by name. New formats are added with {@link #register(Exporter)} (e.g. from
 * a static list here); {@code parley export --format} and {@code parley build --out} dispatch
 * through this registry. Thread-safe.
 */
public final class Exporters {
    private static final Map<String, Exporter> BY_NAME = Collections.synchronizedMap(new LinkedHashMap<>());

    static {
        register(new RdfExporter("turtle", List.of("ttl"), RDFFormat.TURTLE_BLOCKS, false, true));
        register(new RdfExporter("ntriples", List.of("nt"), RDFFormat.NTRIPLES, false, true));
        register(new RdfExporter("nquads", List.of("nq"), RDFFormat.NQUADS, true, true));
        register(new RdfExporter("trig", List.of("trig"), RDFFormat.TRIG_BLOCKS, true, true));
        register(new JsonLdExporter());
        register(new RdfExporter("rdfxml", List.of("rdf", "owl", "xml"), RDFFormat.RDFXML, false, false));
        register(new GraphMlExporter());
        register(new GexfExporter());
    }

    private Exporters() {
    }

    /**
     * Adds (or replaces) a format.
     *
     * @param exporter the exporter, under its name
     */
    public static void register(Exporter exporter) {
        BY_NAME.put(exporter.name().toLowerCase(Locale.ROOT), exporter);
    }

    /** @return the names of all formats, in registration order */
    public static List<String> names() {
        synchronized (BY_NAME) {
            return new ArrayList<>(BY_NAME.keySet());
        }
    }

    /**
     * @param name a format name, case-insensitive
     * @return the exporter
     */
    public static Optional<Exporter> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * @param file an output file
     * @return the exporter whose extensions include the file's
     */
    public static Optional<Exporter> byFile(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = n.substring(dot + 1);
        synchronized (BY_NAME) {
            return BY_NAME.values().stream().filter(e -> e.extensions().contains(ext)).findFirst();
        }
    }

    /**
     * Writes the dataset to a file, in a read transaction.
     *
     * @param ds       the dataset
     * @param exporter the format
     * @param file     the output file (its folder is created)
     * @throws IOException when the file cannot be written
     */
    public static void export(Dataset ds, Exporter exporter, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            export(ds, exporter, out);
        }
    }

    /**
     * Writes the dataset to a stream, in a read transaction.
     *
     * @param ds       the dataset
     * @param exporter the format
     * @param out      where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void export(Dataset ds, Exporter exporter, OutputStream out) throws IOException {
        IOException[] failure = {null};
        Txn.executeRead(ds, () -> {
            try {
                exporter.write(ds, out);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        out.flush();
    }
}
