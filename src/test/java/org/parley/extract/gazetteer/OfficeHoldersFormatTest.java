package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the format of every region file listed in {@code office-holders/regions.txt}, read as raw
 * text (not through the loader), so that a region file merged later is checked the same way.
 */
class OfficeHoldersFormatTest {

    private static final String DIR = "/org/parley/gazetteer/";
    private static final String HEADER = "country\toffice\tname\taliases\tfrom\tto";
    private static final Set<String> OFFICES =
            Set.of("head of state", "head of government", "foreign minister", "defence minister");
    /** Latest year of the list (compiled as of 2025). */
    private static final int LAST_YEAR = 2025;
    /** Terms must reach into the covered period: none ends before this year. */
    private static final int FIRST_END_YEAR = 1990;
    /** Long-serving holders (monarchs, some presidents) may have started long before 2000. */
    private static final int FIRST_START_YEAR = 1945;

    static List<String> regionFiles() {
        List<String> files = new ArrayList<>();
        for (String line : read("office-holders/regions.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                files.add(line.strip());
            }
        }
        return files;
    }

    static Stream<String> regionFileNames() {
        return regionFiles().stream();
    }

    @Test
    void indexListsTheSixRegions() {
        assertEquals(Set.of("africa.tsv", "americas.tsv", "asia.tsv", "europe.tsv", "middle-east.tsv",
                "oceania.tsv"), Set.copyOf(regionFiles()));
    }

    @ParameterizedTest
    @MethodSource("regionFileNames")
    void everyRowIsWellFormed(String file) {
        List<String> lines = read("office-holders/" + file);
        assertEquals(HEADER, lines.get(0), file + ": header");
        Set<String> codes = countryCodes();
        Set<String> rows = new HashSet<>();
        Set<String> terms = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + " [line " + (i + 1) + "] " + line;
            String[] c = line.split("\t", -1);
            assertEquals(6, c.length, where + ": columns");
            assertTrue(codes.contains(c[0]), where + ": country code not in countries.tsv");
            assertTrue(OFFICES.contains(c[1]), where + ": office");
            assertFalse(c[2].isBlank(), where + ": name");
            assertEquals(c[2].strip(), c[2], where + ": name has surrounding spaces");
            int from = year(c[4], where);
            assertTrue(from >= FIRST_START_YEAR && from <= LAST_YEAR, where + ": from out of range");
            if (!c[5].isEmpty()) {
                int to = year(c[5], where);
                assertTrue(to >= FIRST_END_YEAR && to <= LAST_YEAR, where + ": to out of range");
                assertTrue(from <= to, where + ": from after to");
            }
            assertTrue(rows.add(line), where + ": duplicate row");
            assertTrue(terms.add(c[0] + "|" + c[1] + "|" + NameKeys.key(c[2]) + "|" + c[4]),
                    where + ": same person, office and start year listed twice");
            checkAliases(c[2], c[3], where);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-bad-office.tsv", "test-bad-country.tsv", "test-bad-years.tsv"})
    void loaderNamesTheFileAndLineOfABadRow(String file) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OfficeHolders(List.of(file), Gazetteers.get().countries()));
        assertTrue(e.getMessage().contains(file + " [line 2]"), e.getMessage());
    }

    @Test
    void loaderReadsEveryListedRow() {
        int rows = 0;
        for (String file : regionFiles()) {
            for (String line : read("office-holders/" + file)) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("country\t")) {
                    rows++;
                }
            }
        }
        assertEquals(rows, Gazetteers.get().officeHolders().all().size());
    }

    private static void checkAliases(String name, String aliases, String where) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKeys.key(name));
        if (aliases.isEmpty()) {
            return;
        }
        for (String alias : aliases.split("\\|", -1)) {
            assertFalse(alias.isBlank(), where + ": empty alias");
            assertTrue(keys.add(NameKeys.key(alias)), where + ": alias '" + alias
                    + "' folds to the name or to another alias");
        }
    }

    private static int year(String s, String where) {
        assertTrue(s.matches("\\d{4}"), where + ": not a year: '" + s + "'");
        return Integer.parseInt(s);
    }

    private static Set<String> countryCodes() {
        Set<String> codes = new HashSet<>();
        for (String line : read("countries.tsv")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                codes.add(line.split("\t", -1)[0]);
            }
        }
        return codes;
    }

    private static List<String> read(String name) {
        InputStream in = OfficeHoldersFormatTest.class.getResourceAsStream(DIR + name);
        assertNotNull(in, name + " not on the classpath");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            while ((s = r.readLine()) != null) {
                lines.add(s);
            }
        } catch (IOException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
        return lines;
    }
}
