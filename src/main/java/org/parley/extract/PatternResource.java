package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A list of regular expressions (or plain entries) read from a classpath resource, grouped in
 * sections, so that the extraction rules live in data files rather than in code.
 *
 * <p>File format, one entry per line, UTF-8:
 * <pre>
 * # comment (also blank lines are ignored)
 * &#64;MONTH = (?:January|Jan|...)      a macro, usable below as {MONTH}
 * [whole]                               starts the section "whole"
 * click here\b.*                        an entry of the current section
 * </pre>
 * Macros may use earlier macros. A {@code {NAME}} whose NAME is not upper case letters (such as
 * the quantifier {@code {1,80}}) is left alone. Immutable and thread-safe once loaded.
 */
public final class PatternResource {
    private static final Pattern MACRO_USE = Pattern.compile("\\{([A-Z][A-Z_]*)}");

    private final String resource;
    private final Map<String, String> macros;
    private final Map<String, List<String>> sections;
    private final List<String> order;

    private PatternResource(String resource, Map<String, String> macros, Map<String, List<String>> sections,
                            List<String> order) {
        this.resource = resource;
        this.macros = macros;
        this.sections = sections;
        this.order = order;
    }

    /**
     * Reads a resource.
     *
     * @param resource absolute classpath resource name
     * @return the parsed file
     * @throws IllegalStateException naming the resource and line when it is missing or malformed
     */
    public static PatternResource load(String resource) {
        Map<String, String> macros = new LinkedHashMap<>();
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = PatternResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("pattern resource " + resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("@")) {
                    int eq = entry.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalStateException(resource + " [line " + number + "]: macro without '='");
                    }
                    macros.put(entry.substring(1, eq).strip(), expand(entry.substring(eq + 1).strip(), macros));
                } else if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                    sections.computeIfAbsent(section, k -> new ArrayList<>());
                } else if (section == null) {
                    throw new IllegalStateException(resource + " [line " + number + "]: entry before any [section]");
                } else {
                    sections.get(section).add(expand(entry, macros));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pattern resource " + resource, e);
        }
        return new PatternResource(resource, Map.copyOf(macros), Map.copyOf(sections), List.copyOf(sections.keySet()));
    }

    private static String expand(String s, Map<String, String> macros) {
        Matcher m = MACRO_USE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * @param name macro name without the {@code @}
     * @return the expanded macro
     * @throws IllegalStateException when the file defines no such macro
     */
    public String macro(String name) {
        String value = macros.get(name);
        if (value == null) {
            throw new IllegalStateException(resource + ": no macro @" + name);
        }
        return value;
    }

    /** @return the names of the file's sections, in file order */
    public java.util.Set<String> sectionNames() {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(order));
    }

    /** @return the names of the file's macros */
    public java.util.Set<String> macroNames() {
        return macros.keySet();
    }

    /** @return the classpath resource this was read from */
    public String resource() {
        return resource;
    }

    /**
     * @param name section name
     * @return the section's entries, macros expanded; empty when there is no such section
     */
    public List<String> entries(String name) {
        return sections.getOrDefault(name, List.of());
    }

    /**
     * Compiles a section's entries.
     *
     * @param name  section name
     * @param flags {@link Pattern} flags
     * @return the compiled patterns, in file order
     * @throws IllegalStateException naming the resource when an entry is not a valid regex
     */
    public List<Pattern> patterns(String name, int flags) {
        List<Pattern> out = new ArrayList<>();
        for (String entry : entries(name)) {
            try {
                out.add(Pattern.compile(entry, flags));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(resource + " [" + name + "]: invalid pattern " + entry
                        + ": " + e.getDescription());
            }
        }
        return out;
    }
}
