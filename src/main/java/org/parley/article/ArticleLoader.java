package org.parley.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.parley.input.FileBytes;
import org.parley.input.InputFormat;
import org.parley.input.InputRecord;
import org.parley.input.Screening;

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
    private final boolean screen;
    private final Consumer<InputRecord.Skipped> onSkip;
    private final Consumer<ScreenedRecord> ledger;

    /** A loader with the default size limit. */
    public ArticleLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxBytes largest accepted article file, in bytes
     */
    public ArticleLoader(long maxBytes) {
        this(maxBytes, false, skip -> { }, null);
    }

    private ArticleLoader(long maxBytes, boolean screen, Consumer<InputRecord.Skipped> onSkip,
                          Consumer<ScreenedRecord> ledger) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.screen = screen;
        this.onSkip = onSkip;
        this.ledger = ledger;
    }

    /**
     * @return a loader like this one that also skips pages, archived pages and feed items that are
     *         not in English or copies of ones read before (see {@link Screening}); {@code .txt}
     *         articles are taken as the user gives them
     */
    public ArticleLoader screening() {
        return new ArticleLoader(maxBytes, true, onSkip, null);
    }

    /**
     * For slices of one plan read apart ({@link #read(List, InputStaging)}): a loader like this one
     * that skips what is not in English as {@link #screening()} does, but keeps copies of one story
     * and tells {@code ledger} of every record that claims its id, with the signature that finds
     * copies across the slices afterwards ({@code org.parley.parts.PartScreening}).
     *
     * @param ledger told of each record that claims its id, in input order, on the reading thread
     * @return the loader
     */
    public ArticleLoader deferredScreening(Consumer<ScreenedRecord> ledger) {
        return new ArticleLoader(maxBytes, true, onSkip, ledger);
    }

    /**
     * @param listener told of every record skipped as not an article, not in English or a copy, in
     *                 input order, on the thread that iterates the stream
     * @return a loader like this one that tells {@code listener}
     */
    public ArticleLoader onSkip(Consumer<InputRecord.Skipped> listener) {
        return new ArticleLoader(maxBytes, screen, listener, ledger);
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
        return read(plan(paths));
    }

    /**
     * Lists the files under the given paths, with the problems met while listing, without reading
     * them: the plan that {@link #stream(List)} reads. Slices of it can be read apart with
     * {@link #read(List)}.
     *
     * @param paths files and folders, in the order given
     * @return the files and problems, in input order
     */
    public List<PlannedInput> plan(List<Path> paths) {
        List<Object> plan = new ArrayList<>();
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
                    plan.add(new PlannedFile(f, root, InputFormat.of(f, false).orElseThrow()));
                }
            } else if (Files.exists(root) || Files.isSymbolicLink(root)) {
                java.util.Optional<InputFormat> format = InputFormat.of(root, true);
                if (format.isEmpty()) {
                    plan.add(new Problem(root.toString(), "not an article: expected a file ("
                            + InputFormat.described() + ") or a folder"));
                    continue;
                }
                plan.add(new PlannedFile(root, root.toAbsolutePath().getParent(), format.get()));
            } else {
                plan.add(new Problem(root.toString(), "no such file or folder"));
            }
        }
        List<PlannedInput> out = new ArrayList<>(plan.size());
        for (Object o : plan) {
            out.add(o instanceof PlannedFile f ? PlannedInput.of(f) : PlannedInput.of((Problem) o));
        }
        return out;
    }

    /**
     * Reads the articles of a plan, or of a slice of one, one at a time as the stream is iterated;
     * the listing problems in it are reported by the stream. Duplicate ids and copies of one story
     * are found within what this stream reads.
     *
     * @param plan entries of {@link #plan(List)}, in input order
     * @return the articles
     */
    public ArticleStream read(List<PlannedInput> plan) {
        return read(plan, InputStaging.NONE);
    }

    /**
     * Reads the articles of a plan whose files the staging makes readable here, one file at a time
     * as the stream is iterated; otherwise as {@link #read(List)}.
     *
     * @param plan    entries of a plan, in input order
     * @param staging fetches each file before it is read and frees it after
     * @return the articles
     */
    public ArticleStream read(List<PlannedInput> plan, InputStaging staging) {
        int files = 0;
        boolean countable = true;
        for (PlannedInput p : plan) {
            files += p.problem() == null ? 1 : 0;
            countable &= !p.manyRecords();
        }
        Screening screening = !screen ? null : ledger == null ? new Screening() : Screening.languageOnly();
        return new RecordStream(new ArrayList<>(plan), staging, countable ? files : 0, maxBytes, screening, onSkip,
                ledger);
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

}
