package org.parley.export;

import java.util.List;
import java.util.Optional;

/**
 * The graph-tool export formats by command-line name, for the {@code parley export} command's format
 * dispatch. Thread-safe (immutable).
 */
public final class GraphExporters {

    private static final List<GraphExporter> ALL = List.of(
            new GraphMlExporter(), new GexfExporter(), new Neo4jCsvExporter(), new JsonLdExporter());

    private GraphExporters() {
    }

    /** @return every exporter, in a fixed order */
    public static List<GraphExporter> all() {
        return ALL;
    }

    /**
     * @param format a format name ({@code graphml}, {@code gexf}, {@code neo4j-csv}, {@code jsonld})
     * @return its exporter, or empty for a format this class does not handle
     */
    public static Optional<GraphExporter> forFormat(String format) {
        return ALL.stream().filter(e -> e.formatName().equalsIgnoreCase(format)).findFirst();
    }
}
