package org.parley.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * What the reference scorer's Python does with values, done the same way in Java: JSON read into
 * plain maps, lists and strings; truthiness; {@code str()} and {@code repr()} as its miss lines
 * print them; {@code format(x, ".2f")}. Stateless and thread-safe.
 */
final class PyValues {
    private PyValues() {
    }

    /**
     * @param v a JSON value
     * @return it as {@link LinkedHashMap}, {@link ArrayList}, String, Boolean, Number or null
     */
    static Object fromJson(JsonValue v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isObject()) {
            JsonObject o = v.getAsObject();
            Map<String, Object> out = new LinkedHashMap<>();
            for (String k : o.keys()) {
                out.put(k, fromJson(o.get(k)));
            }
            return out;
        }
        if (v.isArray()) {
            JsonArray a = v.getAsArray();
            List<Object> out = new ArrayList<>();
            a.forEach(x -> out.add(fromJson(x)));
            return out;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        return v.getAsNumber().value();
    }

    /** @return Python's truth value of {@code v} */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return !(v instanceof List<?> l) || !l.isEmpty();
    }

    /** @return {@code a or b}: {@code a} when truthy, else {@code b} */
    static Object or(Object a, Object b) {
        return truthy(a) ? a : b;
    }

    /** @return {@code v} as text for matching: null is empty (Python's {@code v or ""}) */
    static String text(Object v) {
        return truthy(v) ? str(v) : "";
    }

    /** @return Python's {@code str(v)} */
    static String str(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof List<?> l) {
            return list(l);
        }
        return v.toString();
    }

    /** @return Python's {@code repr(v)} for strings, None and lists of them */
    static String repr(Object v) {
        if (!(v instanceof String s)) {
            return str(v);
        }
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == q) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(q).toString();
    }

    /** @return Python's {@code repr(list)} */
    static String list(List<?> l) {
        List<String> parts = new ArrayList<>();
        l.forEach(x -> parts.add(repr(x)));
        return "[" + String.join(", ", parts) + "]";
    }

    /** @return Python's {@code f"{x:.2f}"}: the exact binary value rounded half to even */
    static String f2(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** @return the first {@code n} elements, as Python's {@code l[:n]} */
    static <T> List<T> head(List<T> l, int n) {
        return l.subList(0, Math.min(n, l.size()));
    }
}
