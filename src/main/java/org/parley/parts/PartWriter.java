package org.parley.parts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.parley.article.Article;
import org.parley.article.ArticleLoader;
import org.parley.article.ArticleStream;
import org.parley.article.PlannedInput;
import org.parley.article.Problem;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.Iris;
import org.parley.store.ContentHash;
import org.parley.store.StoreBuilder;

/**
 * Converts a slice of an input plan into one part: reads its articles as {@code parley build}
 * does (same screening, same ids and stored names), converts each with one converter exactly as a
 * build does ({@link StoreBuilder#convert}, content hash included) and writes their named graphs
 * to {@code part-N.nq.gz}, first under a temporary name and then moved in place, so a part that
 * is there is whole. Bad and skipped records and failed conversions are noted in the returned
 * {@link PartManifest.Part}, never fatal. Stateless; one call per slice and thread.
 */
public final class PartWriter {
    private PartWriter() {
    }

    /**
     * @param slice     entries of {@link ArticleLoader#plan}, in input order
     * @param maxBytes  size limit of one article or page
     * @param converter the converter (not shared with other threads)
     * @param dir       the parts folder (created when missing)
     * @param index     the part's number
     * @return what went into the part
     * @throws UncheckedIOException naming the part when it cannot be written
     */
    public static PartManifest.Part write(List<PlannedInput> slice, long maxBytes, ArticleConverter converter,
                                          Path dir, int index) {
        String name = PartManifest.partFile(index);
        Path tmp = dir.resolve(name + ".tmp");
        List<PartManifest.Entry> entries = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long quads = 0;
        ArticleLoader loader = new ArticleLoader(maxBytes).screening()
                .onSkip(k -> skipped.add(new Problem(k.place(), k.detail() == null ? k.reason()
                        : k.reason() + " (" + k.detail() + ")")));
        try {
            Files.createDirectories(dir);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 ArticleStream articles = loader.read(slice)) {
                StreamRDF rdf = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                rdf.start();
                while (articles.hasNext()) {
                    Article a = articles.next();
                    StoreBuilder.Converted c = StoreBuilder.convert(converter, a, ContentHash.of(a));
                    if (c.problem() != null) {
                        problems.add(c.problem());
                        continue;
                    }
                    Node g = c.graph().name();
                    long[] n = {0};
                    c.graph().graph().find().forEachRemaining(t -> {
                        rdf.quad(new Quad(g, t));
                        n[0]++;
                    });
                    quads += n[0];
                    entries.add(new PartManifest.Entry(Iris.article(a.id()), c.hash(), a.source()));
                }
                rdf.finish();
                problems.addAll(0, articles.problems());
            }
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(dir.resolve(name) + ": cannot write the part: " + e.getMessage(), e);
        }
        return new PartManifest.Part(name, quads, entries, skipped, problems);
    }
}
