package org.parley.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.input.FeedFile;
import org.parley.input.FileBytes;
import org.parley.input.HtmlFile;
import org.parley.input.InputFormat;
import org.parley.input.InputRecord;
import org.parley.input.RecordReader;
import org.parley.input.TextFile;
import org.parley.input.WarcFile;

/**
 * Reads articles from the paths given on the command line: {@code .txt} files (UTF-8), saved
 * pages ({@code .html}, {@code .htm}), web archives ({@code .warc}, {@code .warc.gz}), feeds
 * ({@code .rss}, {@code .atom}, and {@code .xml} named directly) and folders of them, walked
 * recursively in sorted order so that every run sees the same articles in the same order (see
 * {@link InputFormat}). A folder may hold a {@code metadata.csv} (see {@link MetadataCsv})
 * describing the {@code .txt} and HTML articles in it and below it; its values override what a
 * page says about itself. The article id of a file is its name without suffix; that of an
 * archived page or feed item is its URI.
 *
 * <p>Bad input never stops the load: each bad file or record (empty, binary, not UTF-8, wrong
 * charset, no article text, too large, unreadable, truncated archive, malformed feed), each bad
 * metadata row and each folder without articles becomes one {@link Problem} naming the file (and
 * line, offset or item where it applies); the good articles are returned. Records that are not
 * articles (a WARC request, a redirect, an image) are skipped and counted by reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleLoader {
    /** Default size limit of one article: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    /** A loader with the default size limit. */
    public ArticleLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxBytes largest accepted article file, in bytes
     */
    public ArticleLoader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Loads the articles under the given paths, all into memory. For large inputs prefer
     * {@link #stream(List)}, which reads one article at a time.
     *
     * @param paths files and folders, in the order given
     * @return the articles read and the problems found
     */
    public LoadResult load(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        try (ArticleStream s = stream(paths)) {
            s.forEachRemaining(articles::add);
            return new LoadResult(articles, s.rejected(), s.problems());
        }
    }

    /**
     * Lists the articles under the given paths now and reads them one at a time as the returned
     * stream is iterated, so only the file list (not the texts) is held in memory. Problems are
     * collected in the same order as {@link #load} reports them; they are complete once the
     * stream is exhausted.
     *
     * @param paths files and folders, in the order given
     * @return the articles, in the order {@link #load} returns them
     */
    public ArticleStream stream(List<Path> paths) {
        List<Object> plan = new ArrayList<>();
        int files = 0;
        for (Path root : paths) {
            if (Files.isDirectory(root)) {
                List<Path> found;
                try {
                    found = walk(root);
                } catch (IOException | UncheckedIOException e) {
                    plan.add(new Problem(root.toString(), "cannot list folder: " + FileBytes.message(e)));
                    continue;
                }
                if (found.isEmpty()) {
                    plan.add(new Problem(root.toString(), "folder holds no articles (" + InputFormat.described() + ")"));
                    continue;
                }
                for (Path f : found) {
                    plan.add(new Planned(f, root, InputFormat.of(f, false).orElseThrow()));
                }
                files += found.size();
            } else if (Files.exists(root) || Files.isSymbolicLink(root)) {
                java.util.Optional<InputFormat> format = InputFormat.of(root, true);
                if (format.isEmpty()) {
                    plan.add(new Problem(root.toString(), "not an article: expected a file ("
                            + InputFormat.described() + ") or a folder"));
                    continue;
                }
                plan.add(new Planned(root, root.toAbsolutePath().getParent(), format.get()));
                files++;
            } else {
                plan.add(new Problem(root.toString(), "no such file or folder"));
            }
        }
        boolean countable = plan.stream().noneMatch(p -> p instanceof Planned f && f.manyRecords());
        return new LazyStream(plan, countable ? files : 0);
    }

    /** A file to read, its format, and the folder whose metadata.csv files apply to it. */
    private record Planned(Path file, Path metadataBase, InputFormat format) {
        boolean manyRecords() {
            return format == InputFormat.WARC || format == InputFormat.FEED;
        }
    }

    /** Reads the planned files lazily, one record at a time. */
    private final class LazyStream implements ArticleStream {
        private final List<Object> plan;
        private final int files;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Path, MetadataCsv.Parsed> metadata = new HashMap<>();
        private final Map<String, String> seen = new HashMap<>();
        private final Map<String, Integer> skipped = new TreeMap<>();
        private int position;
        private int rejected;
        private int records;
        private Planned file;
        private RecordReader current;
        private Article next;

        LazyStream(List<Object> plan, int files) {
            this.plan = plan;
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current != null && current.hasNext()) {
                    accept(current.next());
                } else if (!openNext()) {
                    break;
                }
            }
            return next != null;
        }

        /** @return false when every planned file has been read */
        private boolean openNext() {
            closeCurrent();
            while (position < plan.size()) {
                Object item = plan.get(position);
                plan.set(position++, null);
                if (item instanceof Problem p) {
                    problems.add(p);
                    continue;
                }
                file = (Planned) item;
                current = open(file);
                return true;
            }
            return false;
        }

        private void accept(InputRecord r) {
            records++;
            if (r instanceof InputRecord.Unreadable u) {
                problems.add(u.problem());
                rejected++;
            } else if (r instanceof InputRecord.Skipped k) {
                skipped.merge(k.reason(), 1, Integer::sum);
            } else {
                article((InputRecord.Read) r);
            }
        }

        private void article(InputRecord.Read read) {
            String earlier = seen.putIfAbsent(read.id(), read.place());
            if (earlier != null && file.manyRecords()) {
                skipped.merge("repeated URI", 1, Integer::sum);
                return;
            }
            if (earlier != null) {
                problems.add(new Problem(read.place(), "duplicate article id '" + read.id() + "' (also " + earlier + ")"));
                rejected++;
                return;
            }
            ArticleMetadata meta = file.manyRecords() ? read.metadata()
                    : metadataFor(file.file(), file.metadataBase(), metadata, problems).orElse(read.metadata());
            next = new Article(read.id(), read.place(), read.text(), meta);
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Article a = next;
            next = null;
            return a;
        }

        @Override
        public int expected() {
            return files;
        }

        @Override
        public int rejected() {
            return rejected;
        }

        @Override
        public int records() {
            return records;
        }

        @Override
        public Map<String, Integer> skipped() {
            return Map.copyOf(skipped);
        }

        @Override
        public List<Problem> problems() {
            return List.copyOf(problems);
        }

        @Override
        public void close() {
            closeCurrent();
            position = plan.size();
            next = null;
        }

        private void closeCurrent() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    /** @return a reader over the records of a planned file */
    private RecordReader open(Planned f) {
        Path path = f.file();
        String place = path.toString();
        String id = id(path);
        return switch (f.format()) {
            case TEXT -> RecordReader.of(List.of(TextFile.read(path, place, id, maxBytes)));
            case HTML -> RecordReader.of(List.of(HtmlFile.read(path, place, id, maxBytes)));
            case WARC -> WarcFile.open(path, place, maxBytes);
            case FEED -> FeedFile.open(path, place, id, maxBytes);
        };
    }

    /** @return the article id of a file: its name without its suffix ({@code .txt}, {@code .html}...) */
    public static String id(Path file) {
        return InputFormat.id(file);
    }

    private static List<Path> walk(Path root) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root))
                    .filter(p -> !hidden(root.relativize(p)))
                    .filter(p -> !Files.isDirectory(p) && InputFormat.of(p, false).isPresent())
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the metadata of a file: the {@code metadata.csv} of its own folder first, then those of
     * the folders above it up to {@code base}; in each, the row whose {@code file} is the path
     * relative to that folder (or the article id).
     */
    private static ArticleMetadata metadataFor(Path file, Path base, Map<Path, MetadataCsv.Parsed> cache,
                                               List<Problem> problems) {
        Path absFile = file.toAbsolutePath().normalize();
        Path stop = base.toAbsolutePath().normalize();
        for (Path dir = absFile.getParent(); dir != null; dir = dir.getParent()) {
            MetadataCsv.Parsed parsed = cache.get(dir);
            if (parsed == null) {
                Path csv = dir.resolve(MetadataCsv.FILE_NAME);
                parsed = Files.exists(csv)
                        ? MetadataCsv.read(csv, displayName(file, absFile, csv))
                        : new MetadataCsv.Parsed(Map.of(), List.of());
                cache.put(dir, parsed);
                problems.addAll(parsed.problems());
            }
            String relative = dir.relativize(absFile).toString().replace('\\', '/');
            ArticleMetadata m = parsed.rows().get(relative);
            if (m == null) {
                m = parsed.rows().get(id(file));
            }
            if (m != null) {
                return m;
            }
            if (dir.equals(stop) || !dir.startsWith(stop)) {
                break;
            }
        }
        return ArticleMetadata.EMPTY;
    }

    /** Names a metadata file the way the user named the article beside it. */
    private static String displayName(Path file, Path absFile, Path csv) {
        Path shownDir = file.getParent() == null ? Path.of("") : file.getParent();
        return shownDir.resolve(absFile.getParent().relativize(csv)).normalize().toString();
    }
}
