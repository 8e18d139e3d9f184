package org.parley.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.parley.rdf.Parley;

/** Test helpers: the fixture store, SPARQL counts over it, and the Debian python3 runner. */
final class ExportFixtures {

    static final String FIXTURE = "fixtures/talks.trig";

    private ExportFixtures() {
    }

    /** @return an in-memory store with the fixture's named graphs and the ontology graph */
    static Dataset store() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            RDFDataMgr.read(ds, ExportFixtures.class.getClassLoader().getResource(FIXTURE).toString());
            Model ontology = RDFDataMgr.loadModel("ontology/parley.ttl");
            ds.addNamedModel(Parley.ONTOLOGY_GRAPH, ontology);
        });
        return ds;
    }

    /** @return the integer in the first row's first column of a SPARQL SELECT over the store */
    static long count(Dataset ds, String select) {
        String q = "PREFIX parley: <" + Parley.NS + ">\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" + select;
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** @return a VALUES clause binding ?c to the projection's classes */
    static String classValues(Projection p, String var) {
        StringBuilder sb = new StringBuilder("VALUES ?" + var + " {");
        p.classes().forEach(c -> sb.append(" <").append(c.getURI()).append('>'));
        return sb.append(" }").toString();
    }

    /** @return the Debian python3 (which has python3-networkx and python3-rdflib), else the one on PATH */
    static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** @return whether python3 can import the given modules */
    static boolean pythonHas(String... modules) {
        try {
            Process p = new ProcessBuilder(python(), "-c", "import " + String.join(", ", modules))
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs read_export.py and returns its standard output. */
    static String readWithPython(Path script, String format, Path export, String probe) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(python(), script.toString(), format, export.toString(), probe));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("read_export.py " + format + " failed: " + err);
        }
        return out;
    }
}
