package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import java.util.Optional;
import org.parley.export.Exporter;
import org.parley.export.Exporters;
import org.parley.export.GraphExporter;
import org.parley.export.GraphExporters;
import org.parley.export.JsonLdExporter;
import org.parley.export.Projection;
import org.parley.store.ParleyStore;
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
 * file, folder or standard output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store. Quad formats (trig, nquads, jsonld) keep named graphs;"
                + " triple formats (turtle, ntriples, rdfxml) write the union; graph-tool formats (graphml, gexf,"
                + " neo4j-csv) write a property graph of the --projection.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format name (see --help); default: by the extension of --out.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file, or folder for neo4j-csv (default: standard output).")
    Path out;

    @Option(names = "--projection", paramLabel = "P",
            description = "For graphml, gexf, neo4j-csv and jsonld: 'entities' (people, delegations, rounds, places,"
                    + " countries, organizations; the default for the graph formats) or 'full' (also articles,"
                    + " statements, sentences and evidence). jsonld without --projection keeps the named graphs.")
    String projection;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Projection p;
        try {
            p = projection == null ? Projection.ENTITIES : Projection.parse(projection);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        Optional<GraphExporter> folderFormat = format == null ? Optional.empty()
                : GraphExporters.forFormat(format).filter(g -> !(g instanceof Exporter));
        if (folderFormat.isPresent()) {
            if (out == null) {
                throw new CommandLine.ParameterException(cl, "--format " + format + " writes a folder: give --out DIR");
            }
            return writeGraph(cl, folderFormat.get(), p);
        }
        Exporter exporter;
        if (format != null) {
            exporter = Exporters.byName(format).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "unknown --format '" + format + "'; one of " + String.join(", ", Exporters.names()) + ", neo4j-csv"));
        } else if (out != null) {
            exporter = Exporters.byFile(out).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "cannot tell the format of " + out + "; give --format (" + String.join(", ", Exporters.names()) + ", neo4j-csv" + ")"));
        } else {
            throw new CommandLine.ParameterException(cl,
                    "Missing --format (" + String.join(", ", Exporters.names()) + ", neo4j-csv" + ")");
        }
        if (exporter instanceof GraphExporter g && !(exporter instanceof JsonLdExporter && projection == null)) {
            return writeGraph(cl, g, p);
        }
        try (ParleyStore s = storeOption.openExisting()) {
            if (out != null) {
                Exporters.export(s.dataset(), exporter, out);
                cl.getErr().println("wrote " + out + " (" + exporter.name() + ")");
                cl.getErr().flush();
            } else {
                try (OutputStream o = new WriterOutputStream(cl.getOut())) {
                    Exporters.export(s.dataset(), exporter, o);
                }
            }
        }
        return 0;
    }

    private int writeGraph(CommandLine cl, GraphExporter g, Projection p) throws IOException {
        try (ParleyStore s = storeOption.openExisting()) {
            if (out != null) {
                g.write(s.dataset(), p, out);
                cl.getErr().println("wrote " + out + " (" + g.formatName() + ", " + p + ")");
                cl.getErr().flush();
                return 0;
            }
            Path tmp = Files.createTempFile("parley-export", "." + g.formatName());
            try {
                g.write(s.dataset(), p, tmp);
                try (OutputStream o = new WriterOutputStream(cl.getOut())) {
                    Files.copy(tmp, o);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return 0;
    }
}
