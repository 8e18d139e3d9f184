package org.parley.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Runs a SPARQL query against a local dataset or a remote endpoint (SPARQL 1.1 protocol) and
 * writes the results in a {@link ResultFormat}: SELECT results as a {@link TextTable} for people or in the W3C
 * results formats, ASK results as yes/no or in those formats;
 * CONSTRUCT and DESCRIBE give Turtle (JSON-LD for {@code json}, N-Triples for {@code csv}/{@code tsv}).
 * Stateless and thread-safe.
 */
public final class QueryRunner {
    private static final Pattern LINE = Pattern.compile("at line (\\d+), column \\d+");

    private QueryRunner() {
    }

    /**
     * Parses a query.
     *
     * @param text   SPARQL text
     * @param source where it came from, for messages
     * @return the query
     * @throws IllegalArgumentException naming the source and line when it does not parse
     */
    public static Query parse(String text, String source) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage().replaceAll("\\s+", " ").strip();
            int expecting = msg.indexOf(" Was expecting");
            if (expecting > 0) {
                msg = msg.substring(0, expecting);
            }
            Matcher m = LINE.matcher(msg);
            long line = m.find() ? Long.parseLong(m.group(1)) : e.getLine();
            String where = line > 0 ? source + " [line " + line + "]" : source;
            throw new IllegalArgumentException(where + ": not valid SPARQL: " + msg, e);
        }
    }

    /**
     * Runs a query on a local dataset inside a read transaction.
     *
     * @param query  the query
     * @param ds     the dataset
     * @param format output format
     * @param out    where to write
     */
    public static void run(Query query, Dataset ds, ResultFormat format, OutputStream out) {
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                write(qe, query, format, out);
            }
        });
    }

    /**
     * Runs a query against a SPARQL endpoint.
     *
     * @param query    the query
     * @param endpoint the endpoint URL (e.g. {@code http://127.0.0.1:3030/parley/sparql})
     * @param format   output format
     * @param out      where to write
     */
    public static void run(Query query, String endpoint, ResultFormat format, OutputStream out) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            write(qe, query, format, out);
        }
    }

    private static void write(QueryExecution qe, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case TABLE -> TextTable.write(out, rs, query.getPrefixMapping());
                case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                default -> throw new IllegalArgumentException("format " + format);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case TABLE -> {
                    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                    ps.println(b ? "yes" : "no");
                    ps.flush();
                }
                case CSV -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
                default -> throw new IllegalArgumentException("format " + format);
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFFormat f = switch (format) {
                case JSON -> RDFFormat.JSONLD;
                case CSV, TSV -> RDFFormat.NTRIPLES;
                default -> RDFFormat.TURTLE_PRETTY;
            };
            RDFDataMgr.write(out, m, f);
        }
    }
}
