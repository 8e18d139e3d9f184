package org.parley.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.parley.input.FeedFile;
import org.parley.input.FileBytes;
import org.parley.input.HtmlFile;
import org.parley.input.InputFormat;
import org.parley.input.InputRecord;
import org.parley.input.NearDuplicates;
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
    private final List<PlannedInput> plan;
    private final InputStaging staging;
    private final Consumer<ScreenedRecord> ledger;
    private final int files;
    private final List<Problem> problems = new ArrayList<>();
    private final MetadataLookup metadata = new MetadataLookup(problems);
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final long maxBytes;
    private final Screening screening;
    private final Consumer<InputRecord.Skipped> onSkip;
    private int position;
    private int rejected;
    private int records;
    private PlannedFile file;
    private InputStaging.Local local;
    private ArticleMetadata fileMetadata;
    private RecordReader current;
    private Article next;

    /**
     * @param plan      files and problems found while listing, in input order (a copy)
     * @param staging   makes each file readable here before it is read
     * @param files     the number of files, or 0 when the number of records is unknown
     * @param maxBytes  size limit of one article or page
     * @param screening what decides which articles are kept, or null to keep all
     * @param onSkip    told of every skipped record
     * @param ledger    told of every record that claims its id, or null
     */
    RecordStream(List<PlannedInput> plan, InputStaging staging, int files, long maxBytes, Screening screening,
                 Consumer<InputRecord.Skipped> onSkip, Consumer<ScreenedRecord> ledger) {
        this.plan = plan;
        this.staging = staging;
        this.ledger = ledger;
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
            PlannedInput item = plan.get(position);
            plan.set(position++, null);
            if (item.problem() != null) {
                problems.add(item.problem());
                continue;
            }
            try {
                local = staging.fetch(item);
            } catch (IOException | UncheckedIOException e) {
                problems.add(new Problem(item.file(), "cannot fetch the file: " + FileBytes.message(e)));
                rejected++;
                continue;
            }
            file = new PlannedFile(local.file(), local.metadataBase(), item.format(), item.file());
            fileMetadata = file.manyRecords() ? null : metadata.of(file);
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
        boolean screen = screening != null && file.format() != InputFormat.TEXT;
        InputRecord.Skipped screened = screen ? screening.check(read) : null;
        if (ledger != null) {
            ledger.accept(new ScreenedRecord(read.id(), read.place(), file.manyRecords(), screened == null,
                    screen && screened == null ? NearDuplicates.signature(read.text()) : null));
        }
        if (screened != null) {
            skip(screened);
            return;
        }
        ArticleMetadata meta = fileMetadata == null ? read.metadata() : fileMetadata.orElse(read.metadata());
        String stored = ArticleLoader.storedName(file.file(), file.metadataBase());
        String source = file.manyRecords() ? read.place().replace(file.place(), stored) : stored;
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
        if (local != null) {
            staging.release(local);
            local = null;
        }
    }

    /** @return a reader over the records of a planned file */
    private RecordReader open(PlannedFile f) {
        Path path = f.file();
        String place = f.place();
        String id = InputFormat.id(path);
        return switch (f.format()) {
            case TEXT -> RecordReader.of(List.of(TextFile.read(path, place, id, maxBytes)));
            case HTML -> RecordReader.of(List.of(HtmlFile.read(path, place, id, maxBytes)));
            case WARC -> WarcFile.open(path, place, maxBytes);
            case FEED -> FeedFile.open(path, place, id, maxBytes);
        };
    }
}
