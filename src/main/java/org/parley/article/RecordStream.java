package org.parley.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.parley.input.FeedFile;
import org.parley.input.HtmlFile;
import org.parley.input.InputFormat;
import org.parley.input.InputRecord;
import org.parley.input.RecordReader;
import org.parley.input.Screening;
import org.parley.input.TextFile;
import org.parley.input.WarcFile;

/**
 * The articles of planned files, read one record at a time as the stream is iterated (see
 * {@link ArticleLoader#stream}): records that are not articles are skipped and counted, and so are
 * pages, archived pages and feed items that are not in English or copies of one read before
 * ({@code .txt} articles are taken as the user gives them); bad records become problems;
 * {@code metadata.csv} values override what a {@code .txt} or HTML file says about itself.
 * Not thread-safe.
 */
final class RecordStream implements ArticleStream {
    private final List<Object> plan;
    private final int files;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Path, MetadataCsv.Parsed> metadata = new HashMap<>();
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final long maxBytes;
    private final Screening screening;
    private final Consumer<InputRecord.Skipped> onSkip;
    private int position;
    private int rejected;
    private int records;
    private PlannedFile file;
    private ArticleMetadata fileMetadata;
    private RecordReader current;
    private Article next;

    /**
     * @param plan      problems found while listing and {@link PlannedFile}s, in input order
     * @param files     the number of files, or 0 when the number of records is unknown
     * @param maxBytes  size limit of one article or page
     * @param screening what decides which articles are kept, or null to keep all
     * @param onSkip    told of every skipped record
     */
    RecordStream(List<Object> plan, int files, long maxBytes, Screening screening,
                 Consumer<InputRecord.Skipped> onSkip) {
        this.plan = plan;
        this.files = files;
        this.maxBytes = maxBytes;
        this.screening = screening;
        this.onSkip = onSkip;
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
            file = (PlannedFile) item;
            fileMetadata = file.manyRecords() ? null
                    : metadataFor(file.file(), file.metadataBase(), metadata, problems);
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
            skip(k);
        } else {
            article((InputRecord.Read) r);
        }
    }

    private void article(InputRecord.Read read) {
        String earlier = seen.putIfAbsent(read.id(), read.place());
        if (earlier != null && file.manyRecords()) {
            skip(new InputRecord.Skipped(read.place(), "repeated URI", "also " + earlier));
            return;
        }
        if (earlier != null) {
            problems.add(new Problem(read.place(), "duplicate article id '" + read.id() + "' (also " + earlier + ")"));
            rejected++;
            return;
        }
        InputRecord.Skipped screened = screening == null || file.format() == InputFormat.TEXT
                ? null : screening.check(read);
        if (screened != null) {
            skip(screened);
            return;
        }
        ArticleMetadata meta = fileMetadata == null ? read.metadata() : fileMetadata.orElse(read.metadata());
        String stored = ArticleLoader.storedName(file.file(), file.metadataBase());
        String source = file.manyRecords() ? read.place().replace(file.file().toString(), stored) : stored;
        next = new Article(read.id(), source, read.text(), meta);
    }

    private void skip(InputRecord.Skipped k) {
        skipped.merge(k.reason(), 1, Integer::sum);
        onSkip.accept(k);
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

    /** @return a reader over the records of a planned file */
    private RecordReader open(PlannedFile f) {
        Path path = f.file();
        String place = path.toString();
        String id = InputFormat.id(path);
        return switch (f.format()) {
            case TEXT -> RecordReader.of(List.of(TextFile.read(path, place, id, maxBytes)));
            case HTML -> RecordReader.of(List.of(HtmlFile.read(path, place, id, maxBytes)));
            case WARC -> WarcFile.open(path, place, maxBytes);
            case FEED -> FeedFile.open(path, place, id, maxBytes);
        };
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
                m = parsed.rows().get(InputFormat.id(file));
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
