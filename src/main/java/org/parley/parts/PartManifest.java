package org.parley.parts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.article.Problem;
import org.parley.store.StoreException;

/**
 * The manifest of a parts folder, {@code manifest.tsv}: one tab-separated line per part, per
 * article (IRI, content hash, stored name), per skipped record (place, reason) and per problem
 * (place, message), each naming its part:
 *
 * <pre>
 * part     part-00000.nq.gz  1234
 * article  part-00000.nq.gz  https://parley.example/article/a  9f3c...  seeds/a.txt
 * skipped  part-00000.nq.gz  cc.warc.gz [record 3]  not English
 * problem  part-00000.nq.gz  in/empty.txt  empty file
 * </pre>
 *
 * Tabs and line breaks inside a field are written as spaces. Immutable and thread-safe.
 *
 * @param parts the parts, in input order
 */
public record PartManifest(List<Part> parts) implements Serializable {
    /** File name of the manifest in a parts folder. */
    public static final String FILE = "manifest.tsv";
    private static final String HEADER = "# parley parts 1";

    /** Copies the list. */
    public PartManifest {
        parts = List.copyOf(parts);
    }

    /**
     * One part: its file and what went into it.
     *
     * @param file     the part's file name, {@code part-N.nq.gz}
     * @param quads    quads written
     * @param articles the articles written, in input order
     * @param skipped  records skipped as not articles, not English or copies
     * @param problems bad records and articles that failed to convert
     */
    public record Part(String file, long quads, List<Entry> articles, List<Problem> skipped, List<Problem> problems)
            implements Serializable {
        /** Copies the lists. */
        public Part {
            articles = List.copyOf(articles);
            skipped = List.copyOf(skipped);
            problems = List.copyOf(problems);
        }
    }

    /**
     * An article of a part.
     *
     * @param iri    the article's IRI, which names its graph
     * @param hash   its content hash
     * @param source its stored name ({@code seeds/a.txt})
     */
    public record Entry(String iri, String hash, String source) implements Serializable {
    }

    /**
     * @param index the part's number
     * @return its file name, {@code part-00007.nq.gz}
     */
    public static String partFile(int index) {
        return String.format("part-%05d.nq.gz", index);
    }

    /**
     * The articles to read from each part: every article listed, an IRI listed in several parts
     * from the first of them only, as {@code parley load} keeps it.
     *
     * @return per part file name (in input order), the IRIs of its articles to read
     */
    public Map<String, Set<String>> articlesToRead() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Part p : parts) {
            Set<String> own = out.computeIfAbsent(p.file(), f -> new LinkedHashSet<>());
            for (Entry e : p.articles()) {
                if (seen.add(e.iri())) {
                    own.add(e.iri());
                }
            }
        }
        return out;
    }

    /**
     * Writes the manifest into a parts folder (to a temporary file first, then moved in place).
     *
     * @param dir the parts folder
     * @throws IOException when it cannot be written
     */
    public void write(Path dir) throws IOException {
        Path tmp = dir.resolve(FILE + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (Part p : parts) {
                line(w, "part", p.file(), Long.toString(p.quads()));
                for (Entry e : p.articles()) {
                    line(w, "article", p.file(), e.iri(), e.hash(), e.source());
                }
                for (Problem s : p.skipped()) {
                    line(w, "skipped", p.file(), s.place(), s.message());
                }
                for (Problem s : p.problems()) {
                    line(w, "problem", p.file(), s.place(), s.message());
                }
            }
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void line(BufferedWriter w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            w.write((i == 0 ? "" : "\t") + fields[i].replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        w.write('\n');
    }

    /**
     * Reads the manifest of a parts folder.
     *
     * @param dir the parts folder
     * @return the manifest
     * @throws StoreException naming the file (and line) when it is missing or malformed
     */
    public static PartManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the parts manifest (" + e.getMessage()
                    + "); is " + dir + " the --out folder of parley spark?", e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new StoreException(file + " [line 1]: not a parts manifest (expected '" + HEADER + "')");
        }
        Map<String, Builder> parts = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] f = lines.get(n).split("\t", -1);
            String where = file + " [line " + (n + 1) + "]";
            int expected = switch (f[0]) {
                case "part" -> 3;
                case "article" -> 5;
                case "skipped", "problem" -> 4;
                default -> throw new StoreException(where + ": unknown entry '" + f[0] + "'");
            };
            if (f.length != expected) {
                throw new StoreException(where + ": '" + f[0] + "' takes " + expected + " fields, found " + f.length);
            }
            if (f[0].equals("part")) {
                try {
                    parts.put(f[1], new Builder(f[1], Long.parseLong(f[2])));
                } catch (NumberFormatException e) {
                    throw new StoreException(where + ": quad count '" + f[2] + "' is not a number", e);
                }
                continue;
            }
            Builder b = parts.get(f[1]);
            if (b == null) {
                throw new StoreException(where + ": part '" + f[1] + "' is not declared before its entries");
            }
            switch (f[0]) {
                case "article" -> b.articles.add(new Entry(f[2], f[3], f[4]));
                case "skipped" -> b.skipped.add(new Problem(f[2], f[3]));
                default -> b.problems.add(new Problem(f[2], f[3]));
            }
        }
        return new PartManifest(parts.values().stream().map(Builder::build).toList());
    }

    private static final class Builder {
        final String file;
        final long quads;
        final List<Entry> articles = new ArrayList<>();
        final List<Problem> skipped = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Builder(String file, long quads) {
            this.file = file;
            this.quads = quads;
        }

        Part build() {
            return new Part(file, quads, articles, skipped, problems);
        }
    }
}
