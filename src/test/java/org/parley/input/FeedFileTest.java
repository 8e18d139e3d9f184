package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFileTest {
    @TempDir
    Path dir;

    private List<InputRecord> read(String fixture) throws IOException {
        Path file = Files.write(dir.resolve(fixture), InputFixtures.bytes("feeds/" + fixture));
        List<InputRecord> out = new ArrayList<>();
        try (RecordReader r = FeedFile.open(file, fixture, InputFormat.id(file), 1 << 20)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void rssItemsGiveFullContentElseTheSummaryWithTitleLinkDateAndAuthor() throws IOException {
        List<InputRecord> records = read("world.rss");
        assertEquals(3, records.size());
        InputRecord.Read first = (InputRecord.Read) records.get(0);
        assertEquals("https://herald.example/world/envoys-geneva", first.id());
        assertEquals("world.rss [item 1, https://herald.example/world/envoys-geneva]", first.place());
        assertEquals("Envoys agree to meet again in Geneva\nBy Jane Roe\nDelegations from Freedonia and Sylvania met"
                + " in Geneva on Tuesday for a second round of talks on the disputed river border.\nBoth sides agreed to"
                + " meet again next month, the Swiss mediators said.", first.text());
        assertEquals(LocalDate.of(2024, 5, 2), first.metadata().published());
        assertEquals("Example Herald - World", first.metadata().publisher());
        assertEquals("https://herald.example/world/envoys-geneva", first.metadata().url());
        InputRecord.Read second = (InputRecord.Read) records.get(1);
        assertTrue(second.text().startsWith("Ceasefire talks resume in Doha\nNegotiators for the government"),
                second.text());
        assertEquals("world.rss [item 3, https://herald.example/world/gallery]: no article text found",
                ((InputRecord.Unreadable) records.get(2)).problem().toString());
    }

    @Test
    void atomEntriesTakeContentOrSummaryAndEveryAuthor() throws IOException {
        List<InputRecord> records = read("wire.atom");
        InputRecord.Read accord = (InputRecord.Read) records.get(0);
        assertEquals("https://wire.example/news/water-accord", accord.id());
        assertTrue(accord.text().startsWith("Freedonia, Sylvania sign water-sharing accord\nBy Omar Haddad and Lena Park\n"
                + "Freedonia and Sylvania signed"), accord.text());
        assertEquals(LocalDate.of(2024, 7, 4), accord.metadata().published());
        InputRecord.Read update = (InputRecord.Read) records.get(1);
        assertEquals("urn:example:wire:7002", update.id());
        assertEquals(LocalDate.of(2024, 7, 5), update.metadata().published(), "the update date when none published");
        assertEquals("Talks update\nMediators said the two delegations would return to Vienna in September for a"
                + " further round.", update.text());
    }

    @Test
    void aMalformedFeedIsOneProblemNamingTheFile() throws IOException {
        List<InputRecord> records = read("broken.rss");
        assertEquals(1, records.size());
        String problem = ((InputRecord.Unreadable) records.get(0)).problem().toString();
        assertTrue(problem.startsWith("broken.rss: not a readable RSS or Atom feed: "), problem);
    }
}
