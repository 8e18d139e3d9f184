package org.parley.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes benchmark results (maps, lists, strings, numbers, booleans) as indented JSON. Stateless.
 */
final class Json {
    private Json() {
    }

    /**
     * @param value a map, list, string, number, boolean or null
     * @return its JSON text
     */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, "");
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            String inner = indent + "  ";
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "\n" : ",\n").append(inner);
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), inner);
                first = false;
            }
            sb.append(first ? "}" : "\n" + indent + "}");
        } else if (v instanceof List<?> l) {
            sb.append('[');
            String inner = indent + "  ";
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "\n" : ",\n").append(inner);
                write(sb, l.get(i), inner);
            }
            sb.append(l.isEmpty() ? "]" : "\n" + indent + "]");
        } else if (v instanceof Double d) {
            sb.append(d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%s", d));
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v == null) {
            sb.append("null");
        } else {
            string(sb, v.toString());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append(org.parley.serve.QueryPage.jsonString(s));
    }
}
