package org.parley.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.article.ArticleMetadata;
import org.parley.article.Problem;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}) with jwarc, one record at a time: the file
 * is streamed, never held in memory, so a multi-gigabyte crawl such as a CC-NEWS file reads in
 * constant memory. Every {@code response} record with HTTP status 200 and an HTML payload becomes
 * an article ({@link HtmlPage}), keyed by its {@code WARC-Target-URI}, with the charset of its
 * {@code Content-Type} header or else of the page, dated by the page or else by its
 * {@code WARC-Date}. Other records (warcinfo, requests, redirects, images, non-HTTP responses)
 * are skipped and counted. A record that cannot be read is named by its offset and URI; an
 * archive that breaks off (truncated, corrupt) ends with one problem naming the offset. Not
 * thread-safe.
 */
public final class WarcFile implements RecordReader {
    private final String place;
    private final long maxBytes;
    private WarcReader reader;
    private InputRecord next;
    private boolean started;

    /**
     * @param file     the archive
     * @param place    the archive as the user named it
     * @param maxBytes size limit of one page
     * @return a reader over its records; a file that cannot be opened gives one problem
     */
    public static RecordReader open(Path file, String place, long maxBytes) {
        try {
            return new WarcFile(new WarcReader(file), place, maxBytes);
        } catch (IOException | IllegalArgumentException e) {
            return RecordReader.of(java.util.List.of(new InputRecord.Unreadable(
                    new Problem(place, "not a readable WARC file: " + FileBytes.message(e)))));
        }
    }

    private WarcFile(WarcReader reader, String place, long maxBytes) {
        this.reader = reader;
        this.place = place;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        if (next == null && reader != null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord r = next;
        next = null;
        return r;
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // closing a file only read from: nothing is lost
            }
            reader = null;
        }
    }

    private InputRecord advance() {
        long offset = reader.position();
        Optional<WarcRecord> record;
        try {
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            close();
            return new InputRecord.Unreadable(started
                    ? new Problem(place + " [offset " + offset + "]",
                            "archive breaks off (truncated or corrupt): " + FileBytes.message(e))
                    : new Problem(place, "not a readable WARC file: " + FileBytes.message(e)));
        }
        started = true;
        if (record.isEmpty()) {
            close();
            return null;
        }
        return read(record.get(), reader.position());
    }

    private InputRecord read(WarcRecord record, long offset) {
        if (!(record instanceof WarcResponse response)) {
            return new InputRecord.Skipped(place + " [offset " + offset + "]", "WARC " + record.type() + " record");
        }
        String uri = response.target();
        String where = place + " [offset " + offset + ", " + uri + "]";
        if (!MediaType.HTTP.equals(response.contentType().base())) {
            return new InputRecord.Skipped(where, "not an HTTP response");
        }
        try {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return new InputRecord.Skipped(where, "HTTP status " + http.status());
            }
            if (!isHtml(http.contentType())) {
                return new InputRecord.Skipped(where, "not HTML");
            }
            String html = PageDecoder.decode(body(http), http.headers().first("Content-Type").orElse(null));
            ArticleMetadata fallback = new ArticleMetadata(uri,
                    response.date().atOffset(ZoneOffset.UTC).toLocalDate(), null, null);
            PageContent page = HtmlPage.read(html, uri, fallback);
            return new InputRecord.Read(uri, where, page.text(), page.metadata(), page.language());
        } catch (InputException e) {
            return new InputRecord.Unreadable(new Problem(where, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return new InputRecord.Unreadable(new Problem(where, "cannot read the HTTP response: " + FileBytes.message(e)));
        }
    }

    private byte[] body(HttpResponse http) throws IOException, InputException {
        try (InputStream in = http.bodyDecoded().stream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException("page larger than the limit (see --max-size)");
            }
            return bytes;
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
