package org.parley.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publication dates from a set's {@code sources.tsv} (tab-separated, a header row with a
 * {@code file} column), read as the reference scripts read them: the first non-empty of the
 * given columns, kept as text. A missing file gives no dates. Stateless and thread-safe.
 */
final class SourceDates {
    private SourceDates() {
    }

    /**
     * @param tsv     the sources file, or null
     * @param columns date columns, in order of preference ({@code score.py}: publication_date,
     *                published; {@code distract.py}: published)
     * @return date text by article file name
     */
    static Map<String, String> read(Path tsv, List<String> columns) {
        Map<String, String> out = new HashMap<>();
        if (tsv == null || !Files.isRegularFile(tsv)) {
            return out;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(tsv + ": cannot read", e);
        }
        if (lines.isEmpty()) {
            return out;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        if (file < 0) {
            throw new IllegalArgumentException(tsv + ":1: no 'file' column in " + header);
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String date = "";
            for (String c : columns) {
                int i = header.indexOf(c);
                if (date.isEmpty() && i >= 0 && i < cols.length) {
                    date = cols[i];
                }
            }
            out.put(file < cols.length ? cols[file] : "", date);
        }
        return out;
    }
}
