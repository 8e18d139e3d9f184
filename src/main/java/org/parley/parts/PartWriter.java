package org.parley.parts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
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
import org.parley.article.InputStaging;
import org.parley.article.PlannedInput;
import org.parley.article.Problem;
import org.parley.article.ScreenedRecord;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.Iris;
import org.parley.store.ContentHash;
import org.parley.store.StoreBuilder;

/**
 * Converts a slice of an input plan into one part: reads its articles as {@code parley build}
 * does (same ids and stored names; pages not in English skipped), converts each with one
 * converter exactly as a build does ({@link StoreBuilder#convert}, content hash included) and
 * writes their named graphs to {@code part-N.nq.gz}, first under a temporary name and then moved
 * in place, so a part that is there is whole. Bad and skipped records and failed conversions are
 * noted in the returned part, never fatal. Copies of one story and repeated ids are converted
 * here and decided across all parts by {@link PartScreening}, which needs the records the slice
 * read. Stateless; one call per slice and thread.
 */
public final class PartWriter {
    private PartWriter() {
    }

    /**
     * A part written, with the records its slice read.
     *
     * @param part    what went into the part
     * @param records the records that claimed their ids, in input order ({@link PartScreening})
     */
    public record Written(PartManifest.Part part, List<ScreenedRecord> records) implements Serializable {
        /** Copies the list. */
        public Written {
            records = List.copyOf(records);
        }
    }

    /**
     * @param slice     entries of {@link ArticleLoader#plan}, in input order
     * @param staging   makes the slice's files readable here
     * @param maxBytes  size limit of one article or page
     * @param converter the converter (not shared with other threads)
     * @param dir       the parts folder (created when missing)
     * @param index     the part's number
     * @return what went into the part, and the records read
     * @throws UncheckedIOException naming the part when it cannot be written
     */
    public static Written write(List<PlannedInput> slice, InputStaging staging, long maxBytes,
                                ArticleConverter converter, Path dir, int index) {
        String name = PartManifest.partFile(index);
        Path tmp = dir.resolve(name + ".tmp");
        List<PartManifest.Entry> entries = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<ScreenedRecord> records = new ArrayList<>();
        long quads = 0;
        ArticleLoader loader = new ArticleLoader(maxBytes).deferredScreening(records::add)
                .onSkip(k -> skipped.add(new Problem(k.place(), k.detail() == null ? k.reason()
                        : k.reason() + " (" + k.detail() + ")")));
        try {
            Files.createDirectories(dir);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 ArticleStream articles = loader.read(slice, staging)) {
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
        return new Written(new PartManifest.Part(name, quads, entries, skipped, problems), records);
    }
}
