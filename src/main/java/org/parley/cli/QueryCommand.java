package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.parley.query.QueryParameters;
import org.parley.query.QueryRunner;
import org.parley.query.ResultFormat;
import org.parley.query.SavedQueries;
import org.parley.query.SavedQuery;
import org.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley query NAME|FILE}: runs a saved query ({@code queries/NAME.rq}) or a query file
 * against the store or a SPARQL endpoint; {@code --list} shows the saved queries and their
 * questions. While {@code parley serve} holds the store, the query goes to its endpoint (see
 * {@link StoreAccess}). Not thread-safe (picocli fills it once per command line).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query (queries/NAME.rq) or a .rq file against the store or an endpoint.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", arity = "0..1", description = "Saved query name or path of a .rq file.")
    String query;

    @Option(names = "--list", description = "List the saved queries with their questions.")
    boolean list;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: data/store).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SPARQL endpoint instead of the store, e.g. http://127.0.0.1:3030/parley/sparql (default: the"
                    + " endpoint of the running 'parley serve' that holds the store, else the store itself).")
    String endpoint;

    @Option(names = "--format", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--name", paramLabel = "TEXT",
            description = "Keep rows whose name contains TEXT, ignoring case (saved queries with a ?nameFilter"
                    + " parameter: people, statements (speaker), round-parties (party)). TEXT is bound as a"
                    + " literal, never pasted into the query.")
    String name;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of saved queries (default: queries/, else the packaged copy).")
    Path queries;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        SavedQueries saved = SavedQueries.load(queries);
        if (list) {
            if (query != null) {
                throw new CommandLine.ParameterException(cl, "--list takes no query name");
            }
            for (SavedQuery q : saved.all()) {
                cl.getOut().printf("%-28s %s%n", q.name(), q.question());
            }
            if (saved.all().isEmpty()) {
                cl.getErr().println("parley: no saved queries in " + saved.origin());
            }
            cl.getOut().flush();
            return 0;
        }
        if (query == null) {
            throw new CommandLine.ParameterException(cl, "Missing query: give a saved query NAME or a FILE, or --list");
        }
        if (store != null && endpoint != null) {
            throw new CommandLine.ParameterException(cl, "--store and --endpoint are mutually exclusive");
        }
        SavedQuery q = resolve(saved);
        if (name != null) {
            q = QueryParameters.bindName(q, name);
        }
        Query parsed = QueryRunner.parse(q.text(), q.source());
        try (StoreAccess access = StoreAccess.open(store == null ? ParleyStore.DEFAULT_DIR : store, endpoint, cl);
             OutputStream out = new WriterOutputStream(cl.getOut())) {
            if (access.endpoint() != null) {
                runRemote(parsed, access.endpoint(), out);
            } else {
                try {
                    QueryRunner.run(parsed, access.store().dataset(), format, out);
                } catch (QueryCancelledException e) {
                    throw new IllegalStateException(q.source() + ": query timed out", e);
                }
            }
        }
        return 0;
    }

    private void runRemote(Query parsed, String url, OutputStream out) {
        try {
            QueryRunner.run(parsed, url, format, out);
        } catch (QueryExceptionHTTP e) {
            String why = e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " + e.getMessage() : e.getMessage();
            throw new IllegalStateException("endpoint " + url + ": " + why, e);
        }
    }

    private SavedQuery resolve(SavedQueries saved) {
        Path file = Path.of(query);
        if (query.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(query + ": no such query file");
            }
            return SavedQueries.read(file, query);
        }
        return saved.find(query).orElseThrow(() -> new IllegalArgumentException(
                "no saved query '" + query + "' in " + saved.origin() + " (see 'parley query --list')"));
    }
}
