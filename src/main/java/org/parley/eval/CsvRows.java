package org.parley.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads W3C SPARQL CSV results (RFC 4180: a header row, fields in double quotes where they hold
 * commas, quotes or line breaks, a quote inside doubled) into rows keyed by column, as Python's
 * {@code csv.DictReader} does: an unbound cell is the empty string, a column a short row lacks is
 * absent (null). Stateless and thread-safe.
 */
final class CsvRows {
    private CsvRows() {
    }

    /**
     * @param csv the CSV text
     * @return one map per data row, blank lines skipped
     */
    static List<Map<String, String>> parse(String csv) {
        List<List<String>> records = records(csv);
        List<Map<String, String>> out = new ArrayList<>();
        if (records.isEmpty()) {
            return out;
        }
        List<String> header = records.get(0);
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(header.size(), r.size()); i++) {
                row.put(header.get(i), r.get(i));
            }
            out.add(row);
        }
        return out;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(out, fields, field, any);
                fields = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        end(out, fields, field, any);
        return out;
    }

    private static void end(List<List<String>> out, List<String> fields, StringBuilder field, boolean any) {
        if (any) {
            fields.add(field.toString());
            out.add(fields);
        }
        field.setLength(0);
    }
}
