package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.export.Exporter;
import org.parley.export.Exporters;
import org.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley export --format F [--out FILE]}: writes the store in an RDF syntax (or another
 * registered format, see {@link Exporters}) to a file or standard output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store. Quad formats (trig, nquads, jsonld) keep named graphs;"
                + " triple formats (turtle, ntriples, rdfxml) write the union.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format name (see --help); default: by the extension of --out.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Exporter exporter;
        if (format != null) {
            exporter = Exporters.byName(format).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "unknown --format '" + format + "'; one of " + String.join(", ", Exporters.names())));
        } else if (out != null) {
            exporter = Exporters.byFile(out).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "cannot tell the format of " + out + "; give --format (" + String.join(", ", Exporters.names()) + ")"));
        } else {
            throw new CommandLine.ParameterException(cl,
                    "Missing --format (" + String.join(", ", Exporters.names()) + ")");
        }
        if (!ParleyStore.exists(store)) {
            throw new IllegalArgumentException("no store at " + store + " (run 'parley build' first, or give --store)");
        }
        try (ParleyStore s = ParleyStore.open(store)) {
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
}
