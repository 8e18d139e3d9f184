package org.parley.input;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.parley.article.ArticleMetadata;
import org.parley.article.Problem;

/**
 * Reads an RSS 2.0 or Atom feed file with ROME: each item becomes an article with its full
 * content ({@code content:encoded}, Atom {@code content}) or, when that is all the item has, its
 * summary ({@code description}, Atom {@code summary}); its title, link, publication (else update)
 * date and authors; the feed's title is the publisher. An item is keyed by its link (else its
 * id); an item without text gives one problem naming the item. A feed that is not well-formed
 * XML, or neither RSS nor Atom, gives one problem naming the file. Feeds are small: the file is
 * read whole, within the size limit. Stateless and thread-safe.
 */
public final class FeedFile {

    private FeedFile() {
    }

    /**
     * @param file     the feed
     * @param place    the feed as the user named it
     * @param id       the feed's own id (file name without suffix), for items without link or id
     * @param maxBytes size limit of the feed file
     * @return its items
     */
    public static RecordReader open(Path file, String place, String id, long maxBytes) {
        SyndFeed feed;
        try {
            byte[] bytes = FileBytes.read(file, maxBytes);
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (InputException e) {
            return one(new Problem(place, e.getMessage()));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return one(new Problem(place, "not a readable RSS or Atom feed: " + FileBytes.message(e)));
        }
        List<InputRecord> records = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            records.add(item(entries.get(i), i + 1, place, id, feed.getTitle()));
        }
        if (records.isEmpty()) {
            records.add(new InputRecord.Unreadable(new Problem(place, "feed holds no items")));
        }
        return RecordReader.of(records);
    }

    private static InputRecord item(SyndEntry e, int n, String place, String feedId, String feedTitle) {
        String key = first(e.getLink(), e.getUri(), feedId + "#" + n);
        String where = place + " [item " + n + ", " + key + "]";
        String body = body(e);
        if (HtmlPage.letters(body) < HtmlPage.MIN_LETTERS) {
            return new InputRecord.Unreadable(new Problem(where, "no article text found"));
        }
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        String title = e.getTitle() == null ? null : Jsoup.parse(e.getTitle()).text();
        ArticleMetadata m = new ArticleMetadata(e.getLink(),
                date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
                blankToNull(feedTitle), blankToNull(title));
        String text = ArticleText.compose(m.title(), authors(e), body);
        return new InputRecord.Read(key, where, text, m, null);
    }

    private static String body(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            String text = text(c);
            if (!text.isBlank()) {
                return text;
            }
        }
        return e.getDescription() == null ? "" : text(e.getDescription());
    }

    private static String text(SyndContent c) {
        String value = c.getValue() == null ? "" : c.getValue();
        String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return value.strip();
        }
        return BlockText.of(Jsoup.parseBodyFragment(value).body());
    }

    private static List<String> authors(SyndEntry e) {
        List<String> names = new ArrayList<>();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                names.addAll(PageMetadata.names(p.getName()));
            }
        }
        if (names.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
            names.addAll(PageMetadata.names(e.getAuthor()));
        }
        return names;
    }

    private static RecordReader one(Problem p) {
        return RecordReader.of(List.of(new InputRecord.Unreadable(p)));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }
}
