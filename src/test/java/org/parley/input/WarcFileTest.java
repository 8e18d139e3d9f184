package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcFileTest {
    @TempDir
    Path dir;

    /** A small news page about talks, with a date in its metadata when {@code date} is not null. */
    static String page(String headline, String date) {
        String meta = date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">";
        return "<html lang=\"en\"><head><title>" + headline + "</title>" + meta + "</head><body>"
                + "<nav>Home | World | Sport</nav><article><h1>" + headline + "</h1>"
                + "<p>Delegations from Freedonia and Sylvania met in Vienna on Tuesday for talks on the river border.</p>"
                + "<p>The foreign ministers said they would meet again next month to sign an agreement.</p>"
                + "</article><footer>Copyright Example News</footer></body></html>";
    }

    private static List<InputRecord> read(Path file) {
        List<InputRecord> out = new ArrayList<>();
        try (RecordReader r = WarcFile.open(file, file.getFileName().toString(), 1 << 20)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<InputRecord.Read> articles(List<InputRecord> records) {
        return records.stream().filter(r -> r instanceof InputRecord.Read).map(r -> (InputRecord.Read) r).toList();
    }

    private static Map<String, Integer> skipped(List<InputRecord> records) {
        Map<String, Integer> out = new TreeMap<>();
        records.stream().filter(r -> r instanceof InputRecord.Skipped)
                .forEach(r -> out.merge(((InputRecord.Skipped) r).reason(), 1, Integer::sum));
        return out;
    }

    private Path mixedArchive(String name, boolean gzip) throws IOException {
        Path file = dir.resolve(name);
        try (TestWarc w = new TestWarc(file, gzip)) {
            w.info()
                    .request("https://news.example/a")
                    .page("https://news.example/a", page("Talks resume in Vienna", "2024-03-14T08:00:00Z"))
                    .response("https://news.example/old", 301, "text/html", new byte[0])
                    .response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3})
                    .resource("https://news.example/notes.txt", "crawler notes")
                    .nonHttpResponse("dns:news.example", "news.example 300 IN A 192.0.2.1")
                    .page("https://news.example/b", page("Ministers to sign border accord", null));
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void buildsHtmlResponsesAndCountsTheOtherRecords(boolean gzip) throws IOException {
        List<InputRecord> records = read(mixedArchive(gzip ? "crawl.warc.gz" : "crawl.warc", gzip));
        List<InputRecord.Read> articles = articles(records);
        assertEquals(List.of("https://news.example/a", "https://news.example/b"),
                articles.stream().map(InputRecord.Read::id).toList());
        assertEquals(LocalDate.of(2024, 3, 14), articles.get(0).metadata().published(), "dated by the page");
        assertEquals(LocalDate.of(2024, 3, 15), articles.get(1).metadata().published(), "dated by WARC-Date");
        assertEquals("https://news.example/b", articles.get(1).metadata().url());
        assertTrue(articles.get(0).text().startsWith("Talks resume in Vienna\nDelegations from Freedonia"),
                articles.get(0).text());
        assertTrue(articles.get(0).place().matches("crawl\\.warc(\\.gz)? \\[offset \\d+, https://news.example/a]"),
                articles.get(0).place());
        assertEquals(Map.of("HTTP status 301", 1, "WARC request record", 1, "WARC resource record", 1,
                "WARC warcinfo record", 1, "not HTML", 1, "not an HTTP response", 1), skipped(records));
        assertEquals(8, records.size());
    }

    @Test
    void takesTheCharsetFromTheHttpHeaderElseFromThePage() throws IOException {
        Path file = dir.resolve("charsets.warc");
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String withMeta = page("Caf\u00e9 talks in Z\u00fcrich", null).replace("<head>", "<head><meta charset=\"iso-8859-1\">");
        try (TestWarc w = new TestWarc(file, false)) {
            w.page("https://news.example/h", page("Caf\u00e9 talks in Z\u00fcrich", null), latin1, "text/html; charset=ISO-8859-1")
                    .page("https://news.example/m", withMeta, latin1, "text/html");
        }
        List<InputRecord.Read> articles = articles(read(file));
        assertEquals(2, articles.size());
        for (InputRecord.Read a : articles) {
            assertTrue(a.text().startsWith("Caf\u00e9 talks in Z\u00fcrich\n"), a.text());
        }
    }

    @Test
    void aWrongCharsetOrAnEmptyPageIsNamedByOffsetAndUri() throws IOException {
        Path file = dir.resolve("bad.warc");
        try (TestWarc w = new TestWarc(file, false)) {
            w.page("https://news.example/latin", page("Caf\u00e9 talks", null), StandardCharsets.ISO_8859_1,
                            "text/html; charset=utf-8")
                    .page("https://news.example/empty", "<html><body><nav>Home</nav></body></html>")
                    .page("https://news.example/good", page("Talks resume", null));
        }
        List<InputRecord> records = read(file);
        List<String> problems = records.stream().filter(r -> r instanceof InputRecord.Unreadable)
                .map(r -> ((InputRecord.Unreadable) r).problem().toString()).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("bad\\.warc \\[offset 0, https://news.example/latin]: not valid in the"
                + " charset utf-8 declared by its HTTP header \\(byte offset \\d+\\)"), problems.get(0));
        assertTrue(problems.get(1).matches("bad\\.warc \\[offset \\d+, https://news.example/empty]: no article text found"),
                problems.get(1));
        assertEquals(List.of("https://news.example/good"), articles(records).stream().map(InputRecord.Read::id).toList());
    }

    @Test
    void aTruncatedArchiveKeepsItsGoodRecordsAndNamesTheOffsetWhereItBreaks() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        try (TestWarc w = new TestWarc(whole, true)) {
            w.page("https://news.example/1", page("Talks resume in Vienna", null))
                    .page("https://news.example/2", page("Ministers to sign border accord", null))
                    .page("https://news.example/3", page("Mediators hopeful", null));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 200));
        List<InputRecord> records = read(cut);
        assertEquals(List.of("https://news.example/1", "https://news.example/2"),
                articles(records).stream().map(InputRecord.Read::id).toList());
        InputRecord last = records.get(records.size() - 1);
        assertTrue(last instanceof InputRecord.Unreadable, records.toString());
        String problem = ((InputRecord.Unreadable) last).problem().toString();
        assertTrue(problem.startsWith("cut.warc.gz [offset "), problem);
        assertTrue(problem.contains("archive breaks off (truncated or corrupt)"), problem);
    }

    @Test
    void aFileThatIsNoArchiveIsOneProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.warc"), "these are not WARC records\n");
        List<InputRecord> records = read(file);
        assertEquals(1, records.size(), records.toString());
        assertTrue(((InputRecord.Unreadable) records.get(0)).problem().toString()
                .startsWith("notes.warc: not a readable WARC file: "), records.toString());
    }
}
