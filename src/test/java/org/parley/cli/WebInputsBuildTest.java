package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.store.ParleyStore;

/** {@code parley build} over saved pages, a web archive and a feed: counts, report, exit code. */
class WebInputsBuildTest {
    private static final String STORY = "<p>Delegations from Freedonia and Sylvania met in Vienna on Tuesday for"
            + " a third round of talks on the disputed river border, the Austrian foreign ministry said.</p>"
            + "<p>Both sides agreed to set up a joint technical commission before the next round in September.</p>";

    @TempDir
    Path dir;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WebInputsBuildTest.class.getResourceAsStream("/inputs/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void response(WarcWriter w, String uri, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        w.write(new WarcResponse.Builder(uri).body(http).build());
    }

    private static String page(String lang, String headline, String body) {
        return "<html lang=\"" + lang + "\"><head><title>" + headline + "</title></head><body><article><h1>"
                + headline + "</h1>" + body + "</article></body></html>";
    }

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a-herald.html"), fixture("html/sidebar-comments.html"));
        Files.write(in.resolve("b-wire.atom"), fixture("feeds/wire.atom"));
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(in.resolve("c-crawl.warc.gz"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            response(w, "https://one.example/talks", "text/html", page("en", "Third round in Vienna", STORY)
                    .getBytes(StandardCharsets.UTF_8));
            response(w, "https://two.example/copy", "text/html", page("en", "Vienna talks: a third round", STORY)
                    .getBytes(StandardCharsets.UTF_8));
            response(w, "https://three.example/fr", "text/html", page("fr", "Pourparlers", "<p>Les d\u00e9l\u00e9gations"
                    + " se sont r\u00e9unies mardi \u00e0 Vienne pour un troisi\u00e8me cycle de n\u00e9gociations.</p>")
                    .getBytes(StandardCharsets.UTF_8));
            response(w, "https://four.example/logo.png", "image/png", new byte[] {1, 2, 3});
            response(w, "https://five.example/latin", "text/html; charset=utf-8", page("en", "Caf\u00e9 talks", STORY)
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        return in;
    }

    @Test
    void buildsEveryGoodRecordCountsTheOthersAndListsThemInTheReport() throws IOException {
        Path in = inputs();
        Path report = dir.resolve("report.tsv");
        Path store = dir.resolve("store");
        CliTest.Run r = CliTest.run("build", in.toString(), "--store", store.toString(), "--report", report.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().matches("parley: " + java.util.regex.Pattern.quote(in.resolve("c-crawl.warc.gz").toString())
                + " \\[offset \\d+, https://five.example/latin]: not valid in the charset utf-8 declared by its HTTP"
                + " header \\(byte offset \\d+\\)\\R"), r.err());
        assertTrue(r.out().contains("records:  8 read: 4 articles, 1 not English, 1 duplicates, 1 unreadable,"
                + " 1 not articles (not HTML 1)"), r.out());
        assertTrue(r.out().contains("articles: 4 built, 0 skipped (unchanged), 1 failed"), r.out());
        List<String> lines = Files.readAllLines(report);
        assertEquals("record\toutcome\tdetail", lines.get(0));
        assertTrue(lines.contains("in/a-herald.html\tarticle\ta-herald"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*two.example/copy]\tduplicate\tcopy of .*one.example/talks]")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*three.example/fr]\tnot English\tlanguage fr")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*logo.png]\tnot an article\tnot HTML")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*five.example/latin]\tunreadable\tnot valid in .*")),
                lines.toString());
        try (ParleyStore s = ParleyStore.open(store)) {
            assertEquals(4, s.contentHashes().size());
        }
    }
}
