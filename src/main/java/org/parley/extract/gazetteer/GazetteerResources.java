package org.parley.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer resource files under {@code org/parley/gazetteer/}: UTF-8 text, gzip when
 * the name ends in {@code .gz}, lines starting with {@code #} and blank lines skipped, columns
 * separated by tabs and list values by {@code |}. Errors name the file and line. Stateless and
 * thread-safe.
 */
final class GazetteerResources {

    static final String DIR = "/org/parley/gazetteer/";

    private GazetteerResources() {
    }

    /** One data line of a resource file. */
    record Line(String file, int number, String[] columns) {

        /** @return column {@code i}, or "" when the line is shorter */
        String col(int i) {
            return i < columns.length ? columns[i].strip() : "";
        }

        /** @return column {@code i} split on {@code |}, without empty values */
        List<String> list(int i) {
            String c = col(i);
            if (c.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String v : c.split("\\|")) {
                String t = v.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }

        /** @return column {@code i} as a double, or null when empty */
        Double optDouble(int i) {
            String c = col(i);
            if (c.isEmpty()) {
                return null;
            }
            try {
                return Double.valueOf(c);
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " is not a number: '" + c + "'");
            }
        }

        /** @return column {@code i} as a long, 0 when empty */
        long optLong(int i) {
            String c = col(i);
            if (c.isEmpty()) {
                return 0;
            }
            try {
                return Long.parseLong(c);
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " is not an integer: '" + c + "'");
            }
        }

        /** @return column {@code i}, failing when it is empty */
        String required(int i) {
            String c = col(i);
            if (c.isEmpty()) {
                throw error("column " + (i + 1) + " is empty");
            }
            return c;
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + " [line " + number + "]: " + message);
        }
    }

    /**
     * Streams the data lines of a resource.
     *
     * @param name file name inside {@link #DIR}
     * @param sink receives each data line
     * @throws IllegalStateException when the resource is missing or not valid UTF-8
     */
    static void forEachLine(String name, Consumer<Line> sink) {
        String file = DIR.substring(1) + name;
        InputStream raw = GazetteerResources.class.getResourceAsStream(DIR + name);
        if (raw == null) {
            throw new IllegalStateException(file + ": resource not found on the classpath");
        }
        int number = 0;
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in,
                     StandardCharsets.UTF_8.newDecoder()
                             .onMalformedInput(CodingErrorAction.REPORT)
                             .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            String s;
            while ((s = r.readLine()) != null) {
                number++;
                if (s.isBlank() || s.charAt(0) == '#') {
                    continue;
                }
                sink.accept(new Line(file, number, s.split("\t", -1)));
            }
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + " [line " + (number + 1) + "]: not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " [line " + (number + 1) + "]: " + e.getMessage(), e);
        }
    }

    /** @return the data lines of a one-value-per-line resource, whitespace-trimmed */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        forEachLine(name, line -> out.add(String.join(" ", Arrays.asList(line.columns)).strip()));
        return Collections.unmodifiableList(out);
    }
}
