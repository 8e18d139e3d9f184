package org.parley.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word lists belong in the lexicon: no source file of the extraction code declares a
 * {@code Set.of(...)} of {@value #MAX_LITERALS_PLUS_ONE} or more string literals.
 */
class WordListsInCodeTest {
    private static final Path SOURCES = Path.of("src/main/java/org/parley/extract");
    private static final int MAX_LITERALS_PLUS_ONE = 5;
    private static final String CALL = "Set.of(";


    @Test
    void noExtractionSourceDeclaresAWordListInCode() {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (int count : literalCounts(source)) {
                    if (count >= MAX_LITERALS_PLUS_ONE) {
                        String where = SOURCES.relativize(file) + ": Set.of with " + count + " string literals";
                        found.add(where);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SOURCES, e);
        }
        assertEquals(List.of(), found, "move these word lists to src/main/resources/org/parley/lexicon/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Set.of("a", "b", "c", "d", "e")                       | 5
            Set.of("a", "b")                                      | 2
            Set.of(Layers.POS, Layers.TOKENS)                     | 0
            Set.of("a(", "b\\")", f("c", "d"), "e")                | 5
            x = Set.of("a",\\n "b", "c"); y = Set.of("d", "e", "f") | 3 3
            """)
    void countsTheStringLiteralsOfEachCall(String source, String expected) {
        String counts = String.join(" ", literalCounts(source.replace("\\n", "\n")).stream().map(String::valueOf).toList());
        assertEquals(expected, counts);
    }

    /**
     * @param source Java source text
     * @return for each {@code Set.of(} call, the number of string literals up to its closing parenthesis
     */
    static List<Integer> literalCounts(String source) {
        List<Integer> out = new ArrayList<>();
        int at = source.indexOf(CALL);
        while (at >= 0) {
            out.add(literalsInCall(source, at + CALL.length()));
            at = source.indexOf(CALL, at + CALL.length());
        }
        return out;
    }

    /** Counts string literals from just after an opening parenthesis to its matching close. */
    private static int literalsInCall(String source, int from) {
        int depth = 1;
        int literals = 0;
        for (int i = from; i < source.length() && depth > 0; i++) {
            char c = source.charAt(i);
            if (c == '"') {
                literals++;
                i++;
                while (i < source.length() && source.charAt(i) != '"') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return literals;
    }
}
