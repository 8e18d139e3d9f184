package org.parley.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads articles from the paths given on the command line: {@code .txt} files (UTF-8) and
 * folders, walked recursively in sorted order so that every run sees the same articles in the
 * same order. A folder may hold a {@code metadata.csv} (see {@link MetadataCsv}) describing the
 * articles in it and below it. The article id is the file name without {@code .txt}.
 *
 * <p>Bad input never stops the load: each bad file (empty, binary, not UTF-8, too large,
 * unreadable), each bad metadata row and each folder without articles becomes one
 * {@link Problem} naming the file (and line where it applies); the good articles are returned.
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
                    plan.add(new Problem(root.toString(), "cannot list folder: " + message(e)));
                    continue;
                }
                if (found.isEmpty()) {
                    plan.add(new Problem(root.toString(), "folder holds no .txt articles"));
                    continue;
                }
                for (Path f : found) {
                    plan.add(new Planned(f, root));
                }
                files += found.size();
            } else if (Files.exists(root) || Files.isSymbolicLink(root)) {
                if (!isArticleFile(root)) {
                    plan.add(new Problem(root.toString(), "not an article: expected a .txt file or a folder"));
                    continue;
                }
                plan.add(new Planned(root, root.toAbsolutePath().getParent()));
                files++;
            } else {
                plan.add(new Problem(root.toString(), "no such file or folder"));
            }
        }
        return new LazyStream(plan, files);
    }

    /** A file to read, with the folder whose metadata.csv files apply to it. */
    private record Planned(Path file, Path metadataBase) {
    }

    /** Reads the planned files lazily. */
    private final class LazyStream implements ArticleStream {
        private final List<Object> plan;
        private final int files;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Path, MetadataCsv.Parsed> metadata = new HashMap<>();
        private final Map<String, String> seen = new HashMap<>();
        private int position;
        private int rejected;
        private Article next;

        LazyStream(List<Object> plan, int files) {
            this.plan = plan;
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (next == null && position < plan.size()) {
                Object item = plan.get(position);
                plan.set(position++, null);
                if (item instanceof Problem p) {
                    problems.add(p);
                    continue;
                }
                Planned f = (Planned) item;
                Path file = f.file();
                String id = id(file);
                String place = file.toString();
                String earlier = seen.putIfAbsent(id, place);
                if (earlier != null) {
                    problems.add(new Problem(place, "duplicate article id '" + id + "' (also " + earlier + ")"));
                    rejected++;
                    continue;
                }
                ArticleMetadata meta = metadataFor(file, f.metadataBase(), metadata, problems);
                Object text = read(file, place);
                if (text instanceof Problem p) {
                    problems.add(p);
                    rejected++;
                } else {
                    next = new Article(id, storedName(file, f.metadataBase()), (String) text, meta);
                }
            }
            return next != null;
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
        public List<Problem> problems() {
            return List.copyOf(problems);
        }

        @Override
        public void close() {
            position = plan.size();
            next = null;
        }
    }

    /**
     * Names an article file in the store without the builder's disk layout: its path below the folder
     * being built (for a file given alone, its own folder), led by that folder's name.
     *
     * @param file the article file
     * @param root the folder built
     * @return e.g. {@code seeds/a.txt} for {@code /home/u/parley/seeds/a.txt} built from {@code seeds}
     */
    static String storedName(Path file, Path root) {
        Path base = root.toAbsolutePath().normalize();
        Path relative = base.relativize(file.toAbsolutePath().normalize());
        Path name = base.getFileName();
        return (name == null ? relative : name.resolve(relative)).toString().replace('\\', '/');
    }

    /** @return the article id of a file: its name without {@code .txt} */
    public static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    private static boolean isArticleFile(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static List<Path> walk(Path root) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root))
                    .filter(p -> !hidden(root.relativize(p)))
                    .filter(p -> !Files.isDirectory(p) && isArticleFile(p))
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

    /** @return the text, or a {@link Problem} */
    private Object read(Path file, String place) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new Problem(place, String.format(Locale.ROOT,
                        "file is %s, larger than the limit of %s (see --max-size)", size(size), size(maxBytes)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Problem(place, "cannot read: no such file (broken link?)");
        } catch (IOException e) {
            return new Problem(place, "cannot read: " + message(e));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Problem.atLine(place, lineAt(bytes, i), "binary file (NUL byte), expected UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            return Problem.atLine(place, lineAt(bytes, in.position()),
                    "not valid UTF-8 (byte offset " + in.position() + ")");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Problem(place, "empty file");
        }
        return text;
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m;
    }
}
