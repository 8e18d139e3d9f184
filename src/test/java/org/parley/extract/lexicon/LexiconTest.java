package org.parley.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.extract.Extraction;
import org.parley.extract.PatternResource;
import org.parley.nlp.Pipeline;

/**
 * Checks the lexicon as a whole: every file under {@code src/main/resources/org/parley/lexicon/}
 * (found on disk, so files added on any branch are checked) parses; no list is defined twice or
 * repeats an entry; and every section and macro is read by the extraction code.
 */
class LexiconTest {
    static final Path FOLDER = Path.of("src/main/resources/org/parley/lexicon");
    private static final Pattern MACRO_USE = Pattern.compile("\\{([A-Z][A-Z_]*)}");


    /** Short articles of my own that take the pipeline through every stage. */
    private static final List<String> ARTICLES = List.of(
            "Envoys Meet in Valletta\nBy Jane Roe and Tom Reed\n"
                    + "Peace talks between Austria and Hungary opened in Valletta on Monday, March 4, 2024. "
                    + "The Austrian delegation, led by Foreign Minister Karl Huber, included Anne Roy. "
                    + "“We came here to find a lasting agreement for both sides,” Huber said. "
                    + "He added: “The next round will be held in Vienna next week.”\n"
                    + "(AP Photo/Anna Berg)\n",
            "Trade talks were held in Oslo on Tuesday. Canada’s team, led by Trade Minister Claire Dubois, "
                    + "included Finance Minister Paul Martin. The Canadian minister told reporters: "
                    + "“These talks have been long but they were useful.” Reporting by Tom Reed; Editing by Ana Cruz\n",
            "Who's who in the Maltese delegation?\n• Karl Huber: the head of delegation\n• Anne Roy: an adviser\n");

    /** Every lexicon file on disk, by concept name (file name without .txt). */
    static List<String> concepts() {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .map(p -> FOLDER.relativize(p).toString().replace('\\', '/'))
                    .map(name -> name.substring(0, name.length() - ".txt".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + FOLDER, e);
        }
    }

    @Test
    void everyFileParses() {
        List<String> concepts = concepts();
        assertFalse(concepts.isEmpty(), "no lexicon files under " + FOLDER);
        for (String concept : concepts) {
            PatternResource file = Lexicon.file(concept);
            assertFalse(file.sectionNames().isEmpty(), file.resource() + ": no [section]");
            for (String section : file.sectionNames()) {
                assertFalse(file.entries(section).isEmpty(), file.resource() + " [" + section + "]: empty");
            }
        }
    }

    @Test
    void noListIsDefinedTwiceAndNoEntryIsRepeated() {
        Map<Set<String>, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String concept : concepts()) {
            PatternResource file = Lexicon.file(concept);
            for (String section : file.sectionNames()) {
                String where = concept + "[" + section + "]";
                List<String> entries = file.entries(section);
                Set<String> set = new HashSet<>();
                for (String e : entries) {
                    if (!set.add(e)) {
                        problems.add(where + " repeats \"" + e + "\"");
                    }
                }
                String earlier = seen.putIfAbsent(Set.copyOf(set), where);
                if (earlier != null) {
                    problems.add(where + " has the same entries as " + earlier);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySectionAndMacroIsReadByTheCode() {
        Pipeline pipeline = Extraction.pipeline();
        for (String text : ARTICLES) {
            pipeline.process(new Article("lexicon", "lexicon.txt", text,
                    new ArticleMetadata(null, LocalDate.of(2024, 3, 4), null, null)));
        }
        // without a publication date, the date rules look for one in the text's stamps and dateline
        pipeline.process(new Article("undated", "undated.txt", ARTICLES.get(0), new ArticleMetadata(null, null, null, null)));
        Set<String> read = Lexicon.read();
        Set<String> unused = new TreeSet<>();
        for (String concept : concepts()) {
            Set<String> usedInFile = macrosUsedInFile(concept);
            PatternResource file = Lexicon.file(concept);
            List<String> all = new ArrayList<>();
            file.sectionNames().forEach(s -> all.add(concept + "[" + s + "]"));
            file.macroNames().stream().filter(m -> !usedInFile.contains(m)).forEach(m -> all.add(concept + "@" + m));
            for (String key : all) {
                if (!read.contains(key)) {
                    unused.add(key);
                }
            }
        }
        assertTrue(unused.isEmpty(), "lexicon sections and macros no code reads: " + unused);
    }

    /** Macros that the file itself uses inside a section or another macro ({NAME}). */
    private static Set<String> macrosUsedInFile(String concept) {
        Set<String> used = new HashSet<>();
        try {
            for (String line : Files.readAllLines(FOLDER.resolve(concept + ".txt"), StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.startsWith("#")) {
                    continue;
                }
                String value = entry.startsWith("@") && entry.contains("=") ? entry.substring(entry.indexOf('=')) : entry;
                Matcher m = MACRO_USE.matcher(value);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + concept + ".txt", e);
        }
        return used;
    }
}
