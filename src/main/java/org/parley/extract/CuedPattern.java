package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern whose alternatives each open with a word boundary and a literal
 * ({@code \btruce\b|\bcease-?fires?\b}) or a group of such alternatives
 * ({@code \b(?:met|meets?)\b}), with those literals as cues ("truce", "cease"): a text
 * that contains none of the cues in lower case cannot match, so the regex is not run on it. A
 * regex scan tries every position of the text; a cue test is a few {@code String.contains}.
 *
 * <p>The cues are read from the regex itself: after each top-level {@code \b}, the letters, digits
 * and spaces up to the first other character, less a last character that a quantifier makes
 * optional; or, when a group opens the alternative, the cues of the group's alternatives. A regex
 * with an alternative that does not open that way (no literal; an optional, lookahead or
 * lookbehind group) is refused.
 *
 * <p>Immutable and thread-safe.
 */
public final class CuedPattern {
    private final Pattern pattern;
    private final List<String> cues;

    private CuedPattern(Pattern pattern, List<String> cues) {
        this.pattern = pattern;
        this.cues = cues;
    }

    /**
     * @param regex alternatives that each open with {@code \b} and a literal
     * @return the pattern, compiled case-insensitively, with its cues
     * @throws IllegalArgumentException when an alternative has no opening literal
     */
    public static CuedPattern compile(String regex) {
        List<String> cues = new ArrayList<>();
        for (String alternative : alternatives(regex)) {
            if (!alternative.startsWith("\\b")) {
                throw new IllegalArgumentException("alternative does not open with \\b: " + alternative);
            }
            addCues(alternative.substring(2), cues);
        }
        return new CuedPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.copyOf(cues));
    }

    /**
     * Adds the literals one of which every match of the regex opens with: its own opening literal,
     * or, when it opens with a group that no quantifier makes optional, the opening literals of
     * the group's alternatives.
     */
    private static void addCues(String regex, List<String> cues) {
        if (regex.startsWith("(")) {
            int close = closingParenthesis(regex);
            String group = regex.substring(1, close);
            if (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0 || group.startsWith("?=")
                    || group.startsWith("?!") || group.startsWith("?<")) {
                throw new IllegalArgumentException("optional or zero-width opening group: " + regex);
            }
            for (String alternative : alternatives(group.startsWith("?:") ? group.substring(2) : group)) {
                addCues(alternative, cues);
            }
            return;
        }
        int end = 0;
        while (end < regex.length() && literal(regex.charAt(end))) {
            end++;
        }
        if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0) {
            end--;
        }
        if (end <= 0) {
            throw new IllegalArgumentException("alternative has no opening literal: " + regex);
        }
        cues.add(regex.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** @return the index of the parenthesis closing the group that opens the regex */
    /**
     * @param regex a regular expression that starts with a group
     * @return the index of the parenthesis that closes that group
     * @throws IllegalArgumentException when the group is not closed
     */
    public static int closingParenthesis(String regex) {
        int[] depth = depths(regex);
        for (int i = 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depth[i] == 1) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed group: " + regex);
    }

    private static boolean literal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == ' ');
    }

    /**
     * @param regex a regular expression
     * @return its top-level alternatives: split at each {@code |} outside groups, classes and escapes
     */
    public static List<String> alternatives(String regex) {
        int[] depth = depths(regex);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depth[i] == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /**
     * @return for each character of the regex, the number of groups open before it, or -1 where
     *         the character is escaped or inside a character class
     */
    private static int[] depths(String regex) {
        int[] out = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                out[i] = -1;
                if (i + 1 < regex.length()) {
                    out[++i] = -1;
                }
            } else if (inClass) {
                out[i] = -1;
                inClass = c != ']';
            } else {
                out[i] = depth;
                if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
        }
        return out;
    }

    /** @return the cues, in lower case, one per alternative */
    public List<String> cues() {
        return cues;
    }

    /** @return the compiled pattern */
    public Pattern pattern() {
        return pattern;
    }

    /**
     * @param text  the text to search
     * @param lower the same text in lower case ({@code text.toLowerCase(Locale.ROOT)})
     * @return a matcher over the text, or null when the text contains no cue and cannot match
     */
    public Matcher matcher(String text, String lower) {
        for (String cue : cues) {
            if (lower.contains(cue)) {
                return pattern.matcher(text);
            }
        }
        return null;
    }
}
