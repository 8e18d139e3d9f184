package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static String ids(LoadResult r) {
        return String.join(",", r.articles().stream().map(Article::id).toList());
    }

    @Test
    void walksFoldersRecursivelyInSortedOrderAndSkipsOtherFiles() throws IOException {
        write("b.txt", "Talks resumed in Geneva.");
        write("a.txt", "Envoys met on Monday.");
        write("sub/c.txt", "A third round was announced.");
        write("notes.md", "not an article");
        write(".hidden/d.txt", "hidden folders are skipped");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals("a,b,c", ids(r));
        assertEquals(List.of(), r.problems());
        assertEquals(dir.getFileName() + "/sub/c.txt", r.articles().get(2).source());
    }

    @Test
    void sourceIsThePathBelowTheFolderBuiltNeverTheBuildersDiskPath() throws IOException {
        write("sub/c.txt", "A third round was announced.");
        Path file = dir.resolve("sub/c.txt").toAbsolutePath();
        LoadResult folder = new ArticleLoader().load(List.of(dir.toAbsolutePath()));
        LoadResult single = new ArticleLoader().load(List.of(file));
        assertEquals(dir.getFileName() + "/sub/c.txt", folder.articles().get(0).source());
        assertEquals("sub/c.txt", single.articles().get(0).source());
        assertFalse(folder.articles().get(0).source().contains(dir.getParent().toString()));
    }

    @Test
    void metadataCsvAppliesToItsFolderWithQuotedFieldsAndExtraColumns() throws IOException {
        write("one.txt", "The delegations met in Istanbul.");
        write("two.txt", "Ministers spoke by phone.");
        write("metadata.csv", "file,title,extra,published,publisher,url\r\n"
                + "one.txt,\"Talks, at last\",ignored,2022-03-29,Example News,https://example.org/1\r\n"
                + "two.txt,\"She said \"\"no\"\"\nand left\",x,,,\r\n");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals(List.of(), r.problems());
        ArticleMetadata one = r.articles().get(0).metadata();
        assertEquals("Talks, at last", one.title());
        assertEquals(LocalDate.of(2022, 3, 29), one.published());
        assertEquals("Example News", one.publisher());
        assertEquals("https://example.org/1", one.url());
        ArticleMetadata two = r.articles().get(1).metadata();
        assertEquals("She said \"no\"\nand left", two.title());
        assertNull(two.published());
    }

    @Test
    void metadataOfTheParentFolderIsFoundForAFileGivenDirectly() throws IOException {
        Path file = write("x/only.txt", "Negotiators met again.");
        write("x/metadata.csv", "file,published\nonly.txt,2021-01-02\n");
        LoadResult r = new ArticleLoader().load(List.of(file));
        assertEquals(LocalDate.of(2021, 1, 2), r.articles().get(0).metadata().published());
    }

    @Test
    void emptyFileIsOneProblemAndTheOthersAreLoaded() throws IOException {
        write("good.txt", "A ceasefire was agreed.");
        write("empty.txt", "");
        write("blank.txt", "  \n\n ");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals("good", ids(r));
        assertEquals(2, r.rejected());
        assertEquals(2, r.problems().size());
        assertEquals(new Problem(dir.resolve("blank.txt").toString(), "empty file"), r.problems().get(0));
        assertEquals(new Problem(dir.resolve("empty.txt").toString(), "empty file"), r.problems().get(1));
    }

    @Test
    void binaryFileWithNulByteNamesTheLine() throws IOException {
        writeBytes("bin.txt", new byte[] {'a', '\n', 'b', '\n', 'c', 0, 'd'});
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals(0, r.articles().size());
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertEquals(dir.resolve("bin.txt") + " [line 3]", p.place());
        assertTrue(p.message().contains("binary"), p.message());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        byte[] head = "First line.\nSecond line.\nThird ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = 'x';
        writeBytes("latin.txt", bytes);
        write("ok.txt", "Fine text.");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals("ok", ids(r));
        assertEquals(1, r.problems().size());
        assertEquals(dir.resolve("latin.txt") + " [line 3]", r.problems().get(0).place());
        assertTrue(r.problems().get(0).message().contains("UTF-8"));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        writeBytes("bom.txt", ("\uFEFF" + "Text").getBytes(StandardCharsets.UTF_8));
        assertEquals("Text", new ArticleLoader().load(List.of(dir)).articles().get(0).text());
    }

    @Test
    void folderWithoutArticlesIsAProblem() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        write("nothing/readme.md", "no articles here");
        LoadResult r = new ArticleLoader().load(List.of(empty));
        assertEquals(List.of(new Problem(empty.toString(),
                "folder holds no articles (.txt, .html, .htm, .warc, .warc.gz, .rss, .atom)")), r.problems());
    }

    @Test
    void missingPathAndNonTextFileAreProblems() throws IOException {
        Path csv = write("metadata.csv", "file\n");
        LoadResult r = new ArticleLoader().load(List.of(dir.resolve("absent"), csv));
        assertEquals(2, r.problems().size());
        assertEquals("no such file or folder", r.problems().get(0).message());
        assertTrue(r.problems().get(1).message().startsWith("not an article"));
    }

    @Test
    void unreadableFileIsOneProblemNamingIt() throws IOException {
        write("good.txt", "Readable.");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing-target.txt"));
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals("good", ids(r));
        assertEquals(1, r.problems().size());
        assertEquals(dir.resolve("gone.txt").toString(), r.problems().get(0).place());
        assertTrue(r.problems().get(0).message().startsWith("cannot read"));
    }

    @Test
    void malformedMetadataRowsNameFileAndLineAndArticlesAreStillLoaded() throws IOException {
        write("a.txt", "Alpha.");
        write("b.txt", "Beta.");
        write("c.txt", "Gamma.");
        write("metadata.csv", "file,published,publisher\n"
                + "a.txt,2022-13-45,Bad Date Daily\n"
                + "b.txt,2022-03-01\n"
                + "c.txt,2022-03-02,Good News\n");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals("a,b,c", ids(r));
        assertEquals(0, r.rejected());
        String csv = dir.resolve("metadata.csv").toString();
        assertEquals(2, r.problems().size());
        assertEquals(csv + " [line 2]", r.problems().get(0).place());
        assertTrue(r.problems().get(0).message().contains("not a date"));
        assertEquals(csv + " [line 3]", r.problems().get(1).place());
        assertTrue(r.problems().get(1).message().contains("expected 3 columns"));
        assertEquals("Good News", r.articles().get(2).metadata().publisher());
        assertEquals(ArticleMetadata.EMPTY, r.articles().get(0).metadata());
    }

    @Test
    void metadataUrlsThatAreNotHttpAreRejectedWithFileAndLineAndTheOtherRowsKept() throws IOException {
        write("a.txt", "Alpha.");
        write("b.txt", "Beta.");
        write("c.txt", "Gamma.");
        write("d.txt", "Delta.");
        write("metadata.csv", "file,url,publisher\n"
                + "a.txt,https://news.example.org/a,Good News\n"
                + "b.txt,javascript:alert(1),Bad Link Daily\n"
                + "c.txt,ftp://files.example.org/c.txt,Old Archive\n"
                + "d.txt,HTTP://news.example.org/d,Good News\n");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals("a,b,c,d", ids(r));
        String csv = dir.resolve("metadata.csv").toString();
        assertEquals(List.of(csv + " [line 3]: url must be http(s): javascript:alert(1)",
                csv + " [line 4]: url must be http(s): ftp://files.example.org/c.txt"),
                r.problems().stream().map(Object::toString).toList());
        assertEquals("https://news.example.org/a", r.articles().get(0).metadata().url());
        assertEquals(ArticleMetadata.EMPTY, r.articles().get(1).metadata());
        assertEquals(ArticleMetadata.EMPTY, r.articles().get(2).metadata());
        assertEquals("HTTP://news.example.org/d", r.articles().get(3).metadata().url());
    }

    @Test
    void unclosedQuoteInMetadataIsReportedAtTheLineItOpens() throws IOException {
        write("a.txt", "Alpha.");
        write("metadata.csv", "file,title\na.txt,\"never closed\n");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals(1, r.articles().size());
        assertEquals(dir.resolve("metadata.csv") + " [line 2]", r.problems().get(0).place());
    }

    @Test
    void fiftyMegabyteFileExceedsTheDefaultLimit() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "The talks went on and on and on without any result at all.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        write("small.txt", "Short.");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals("small", ids(r));
        assertEquals(1, r.problems().size());
        assertEquals(big.toString(), r.problems().get(0).place());
        assertTrue(r.problems().get(0).message().contains("larger than the limit of 10.0 MB"), r.problems().get(0).message());
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        write("a.txt", "x".repeat(2048));
        assertEquals(1, new ArticleLoader(1024).load(List.of(dir)).problems().size());
        assertEquals(0, new ArticleLoader(4096).load(List.of(dir)).problems().size());
    }

    @Test
    void duplicateArticleIdsAreReportedOnce() throws IOException {
        write("one/same.txt", "First.");
        write("two/same.txt", "Second.");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals(1, r.articles().size());
        assertEquals("First.", r.articles().get(0).text());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("duplicate article id 'same'"));
    }

    @Test
    void aBadMetadataRowIsReportedEvenWhenItsArticleCannotBeRead() throws IOException {
        writeBytes("bad.txt", new byte[] {(byte) 0xFF});
        write("metadata.csv", "file,published\nbad.txt,yesterday\n");
        LoadResult r = new ArticleLoader().load(List.of(dir));
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).place().endsWith("metadata.csv [line 2]"), r.problems().toString());
        assertTrue(r.problems().get(1).message().contains("UTF-8"), r.problems().toString());
    }
}
