package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.parley.export.Exporter;
import org.parley.export.Exporters;
import org.parley.export.GexfExporter;
import org.parley.export.GraphExporter;
import org.parley.export.GraphExporters;
import org.parley.export.JsonLdExporter;
import org.parley.export.Projection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley export --format F [--out FILE] [--projection entities|full]}: writes the store in an
 * RDF syntax, as JSON-LD compacted with Parley's context, or as a property graph for graph tools
 * (graphml, gexf, or a neo4j-csv folder with its import command; see {@link GraphExporters}) to a
 * file, folder or standard output. The data comes from the store, or from a SPARQL endpoint
 * ({@code --endpoint}, or the running {@code parley serve} that holds the store; see
 * {@link StoreAccess}). Not thread-safe (picocli fills it once per command line).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store, or the store a SPARQL endpoint serves.",
        footerHeading = "%nFormats:%n",
        footer = {
            "  turtle, ntriples, rdfxml  RDF triples: the union of the article graphs",
            "  trig, nquads              RDF quads: one named graph per article",
            "  jsonld                    JSON-LD with Parley's context; named graphs kept,",
            "                            or the triples of --projection",
            "  graphml                   property graph for Gephi, yEd, NetworkX, Cytoscape",
            "  gexf                      property graph, GEXF 1.2draft (Gephi, NetworkX,",
            "                            Cytoscape); --gexf-version 1.3 for GEXF 1.3",
            "  neo4j-csv                 folder of CSV files and import.sh for neo4j-admin",
            "                            (needs --out DIR)",
            "A round's 'date' is the preferred date the saved queries show; where",
            "sources disagree, 'dateConflict' holds the other dates they claim."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Read from this SPARQL endpoint instead of the store, e.g."
                    + " http://127.0.0.1:3030/parley/sparql (default: the endpoint of the running 'parley serve'"
                    + " that holds the store, else the store itself).")
    String endpoint;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "One of: ${COMPLETION-CANDIDATES} (see Formats below); default: by the extension of --out.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file, or folder for neo4j-csv (default: standard output).")
    Path out;

    @Option(names = "--projection", paramLabel = "P",
            description = "For graphml, gexf, neo4j-csv and jsonld: 'entities' (people, delegations, rounds, places,"
                    + " countries, organizations; the default for the graph formats) or 'full' (also articles,"
                    + " statements, sentences and evidence). jsonld without --projection keeps the named graphs.")
    String projection;

    @Option(names = "--gexf-version", paramLabel = "V",
            description = "GEXF version: 1.2draft (default; read by Gephi, NetworkX and Cytoscape) or 1.3.")
    String gexfVersion;

    /** The format names, for the help text and shell completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>(Exporters.names());
            GraphExporters.all().forEach(g -> {
                if (!names.contains(g.formatName())) {
                    names.add(g.formatName());
                }
            });
            return names.iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (endpoint != null && cl.getParseResult().hasMatchedOption("--store")) {
            throw new CommandLine.ParameterException(cl, "--store and --endpoint are mutually exclusive");
        }
        Projection p = projection(cl);
        Writer writer = gexf(cl, writer(cl));
        try (StoreAccess access = StoreAccess.open(storeOption.dir(), endpoint, cl)) {
            Dataset ds = access.dataset();
            if (writer.graph() != null && !(writer.graph() instanceof JsonLdExporter && projection == null)) {
                writeGraph(cl, ds, writer.graph(), p);
            } else {
                writeDataset(cl, ds, writer.stream());
            }
        }
        return 0;
    }

    /**
     * The writer of a format: as a stream {@link Exporter} of the whole dataset, as a
     * {@link GraphExporter} of a projection, or both (graphml, gexf, jsonld).
     *
     * @param stream the dataset writer, or null for a format that writes a folder
     * @param graph  the projection writer, or null for a format with no projection
     */
    private record Writer(Exporter stream, GraphExporter graph) {
        static Writer of(Exporter e) {
            return new Writer(e, e instanceof GraphExporter g ? g : null);
        }
    }

    private Projection projection(CommandLine cl) {
        try {
            return projection == null ? Projection.ENTITIES : Projection.parse(projection);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** @return the writer of the format asked for, by --format or by the extension of --out */
    private Writer writer(CommandLine cl) {
        String names = String.join(", ", new FormatNames());
        if (format == null && out == null) {
            throw new CommandLine.ParameterException(cl, "Missing --format (" + names + ")");
        }
        if (format == null) {
            return Exporters.byFile(out).map(Writer::of).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "cannot tell the format of " + out + "; give --format (" + names + ")"));
        }
        Writer w = Exporters.byName(format).map(Writer::of)
                .or(() -> GraphExporters.forFormat(format).map(g -> new Writer(null, g)))
                .orElseThrow(() -> new CommandLine.ParameterException(cl, "unknown --format '" + format + "'; one of " + names));
        if (w.stream() == null && out == null) {
            throw new CommandLine.ParameterException(cl, "--format " + format + " writes a folder: give --out DIR");
        }
        return w;
    }

    /** @return the writer, for GEXF in the --gexf-version asked for */
    private Writer gexf(CommandLine cl, Writer w) {
        if (gexfVersion == null) {
            return w;
        }
        if (!(w.graph() instanceof GexfExporter)) {
            throw new CommandLine.ParameterException(cl, "--gexf-version applies to --format gexf only");
        }
        try {
            return Writer.of(new GexfExporter(GexfExporter.Version.parse(gexfVersion)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--gexf-version " + gexfVersion + ": expected 1.2draft or 1.3");
        }
    }

    private void writeDataset(CommandLine cl, Dataset ds, Exporter exporter) throws IOException {
        if (out != null) {
            Exporters.export(ds, exporter, out);
            cl.getErr().println("wrote " + out + " (" + exporter.name() + ")");
            cl.getErr().flush();
            return;
        }
        try (OutputStream o = new WriterOutputStream(cl.getOut())) {
            Exporters.export(ds, exporter, o);
        }
    }

    private void writeGraph(CommandLine cl, Dataset ds, GraphExporter g, Projection p) throws IOException {
        if (out != null) {
            g.write(ds, p, out);
            cl.getErr().println("wrote " + out + " (" + g.formatName() + ", " + p + ")");
            cl.getErr().flush();
            return;
        }
        Path tmp = Files.createTempFile("parley-export", "." + g.formatName());
        try {
            g.write(ds, p, tmp);
            try (OutputStream o = new WriterOutputStream(cl.getOut())) {
                Files.copy(tmp, o);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
