package org.parley.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a folder's {@code metadata.csv}: a header row, then one row per article. Recognised
 * columns (any subset, any order, case-insensitive): {@code file, url, published, publisher,
 * title}; other columns are ignored. Fields follow RFC 4180 (double quotes around fields holding
 * commas, quotes or line breaks; a quote inside is doubled). {@code published} is an ISO date
 * ({@code 2022-03-03}) or date-time with offset; {@code url} an {@code http} or {@code https}
 * address (it becomes a link on the explorer page). A bad row is reported with the file and line
 * and its metadata left out; the article itself is still read. Stateless and thread-safe.
 */
public final class MetadataCsv {
    /** The file name looked for in every folder. */
    public static final String FILE_NAME = "metadata.csv";

    /**
     * The rows of one metadata file, keyed by the {@code file} column (a path relative to the
     * folder holding the CSV, with {@code /} separators), plus the problems of bad rows.
     *
     * @param rows     metadata per file
     * @param problems bad rows and headers, each naming the file and line
     */
    public record Parsed(Map<String, ArticleMetadata> rows, List<Problem> problems) {
    }

    private MetadataCsv() {
    }

    /**
     * Reads and parses one metadata file.
     *
     * @param csv   the file
     * @param place the file's name for messages
     * @return its rows and problems; an unreadable file gives no rows and one problem
     */
    public static Parsed read(Path csv, String place) {
        String text;
        try {
            text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Parsed(Map.of(), List.of(new Problem(place, "cannot read metadata: " + e.getMessage())));
        }
        return parse(text, place);
    }

    /**
     * Parses metadata CSV text.
     *
     * @param text  the CSV
     * @param place the file's name for messages
     * @return its rows and problems
     */
    public static Parsed parse(String text, String place) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ArticleMetadata> rows = new HashMap<>();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Record> records;
        try {
            records = records(text);
        } catch (CsvSyntax e) {
            return new Parsed(Map.of(), List.of(Problem.atLine(place, e.line, e.getMessage())));
        }
        if (records.isEmpty()) {
            return new Parsed(Map.of(), List.of(new Problem(place, "empty metadata file (a header row is required)")));
        }
        Record header = records.get(0);
        int file = -1;
        int url = -1;
        int published = -1;
        int publisher = -1;
        int title = -1;
        for (int i = 0; i < header.fields.size(); i++) {
            switch (header.fields.get(i).trim().toLowerCase(Locale.ROOT)) {
                case "file" -> file = i;
                case "url" -> url = i;
                case "published" -> published = i;
                case "publisher" -> publisher = i;
                case "title" -> title = i;
                default -> { }
            }
        }
        if (file < 0) {
            problems.add(Problem.atLine(place, header.line, "header has no 'file' column: " + header.fields));
            return new Parsed(Map.of(), problems);
        }
        int columns = header.fields.size();
        for (Record r : records.subList(1, records.size())) {
            if (r.fields.size() == 1 && r.fields.get(0).isBlank()) {
                continue;
            }
            if (r.fields.size() != columns) {
                problems.add(Problem.atLine(place, r.line,
                        "expected " + columns + " columns as in the header, found " + r.fields.size()));
                continue;
            }
            String name = r.fields.get(file).trim().replace('\\', '/');
            if (name.isEmpty()) {
                problems.add(Problem.atLine(place, r.line, "empty 'file' column"));
                continue;
            }
            LocalDate date = null;
            if (published >= 0 && !r.fields.get(published).isBlank()) {
                String d = r.fields.get(published).trim();
                date = date(d);
                if (date == null) {
                    problems.add(Problem.atLine(place, r.line,
                            "'published' is not a date (expected YYYY-MM-DD): \"" + d + "\""));
                    continue;
                }
            }
            String link = field(r, url);
            if (link != null && !link.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
                problems.add(Problem.atLine(place, r.line, "url must be http(s): " + shown(link)));
                continue;
            }
            if (rows.containsKey(name)) {
                problems.add(Problem.atLine(place, r.line, "second row for file " + name));
                continue;
            }
            rows.put(name, new ArticleMetadata(link, date, field(r, publisher), field(r, title)));
        }
        return new Parsed(rows, problems);
    }

    /** @return a field's value for a message: on one line, at most 200 characters */
    private static String shown(String value) {
        String line = value.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static LocalDate date(String d) {
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(d).toLocalDate();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String field(Record r, int column) {
        if (column < 0) {
            return null;
        }
        String v = r.fields.get(column).trim();
        return v.isEmpty() ? null : v;
    }

    private record Record(long line, List<String> fields) {
    }

    /** A quoting error, with the line it is on. */
    private static final class CsvSyntax extends RuntimeException {
        private final long line;

        CsvSyntax(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /** Splits RFC 4180 text into records, each with the line it starts on. */
    private static List<Record> records(String text) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        boolean closed = false;
        long quoteLine = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        closed = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                closed = false;
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n') {
                fields.add(field.toString());
                out.add(new Record(recordLine, fields));
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                closed = false;
                line++;
                recordLine = line;
            } else {
                if (closed) {
                    throw new CsvSyntax(line, "text after a closing quote");
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvSyntax(quoteLine, "quote opened here is never closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldStarted) {
            fields.add(field.toString());
            out.add(new Record(recordLine, fields));
        }
        return out;
    }
}
