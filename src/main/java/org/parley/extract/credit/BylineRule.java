package org.parley.extract.credit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Credit;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Bylines: a line starting with a byline cue ("By", "Written by", ...) followed by one or more
 * names separated by commas, "and" or "&amp;" (the first part that is not a name ends the list; a
 * name in capitals may be followed by the outlet, "By JANE DOE Associated Press"); else every
 * "Reporting by ...", "Editing by ..." clause in the line.
 *
 * <p>Input: one line; output: AUTHOR credits spanning the whole line or the clause. Immutable
 * and thread-safe.
 */
public final class BylineRule {
    private static final Pattern BYLINE = Pattern.compile(
            "^" + Lexicon.alternation("credit-cues", "byline") + "\\s+(\\S.*)$");
    private static final Pattern BY_CLAUSE = Pattern.compile(
            "\\b" + Lexicon.alternation("credit-cues", "clause") + "\\s+([^;()\\n]+)");
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s+(?:[|–—-])\\s+|\\|");
    private static final Pattern TRAILING_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} ]*$");
    /** Longer lines are text, not bylines. */
    private static final int MAX_LINE = 160;

    private final NameReader names;

    /** @param names the name reader */
    public BylineRule(NameReader names) {
        this.names = names;
    }

    /**
     * @param line     the line's span in the text
     * @param lineText the line's text
     * @param out      where the credits found are added
     */
    public void apply(Span line, String lineText, List<Credit> out) {
        Matcher m = BYLINE.matcher(lineText);
        if (m.matches() && lineText.length() <= MAX_LINE) {
            String rest = CREDIT_SEPARATOR.split(m.group(1), 2)[0];
            for (String name : names.names(rest, true)) {
                out.add(new Credit(line, name, Credit.Kind.AUTHOR));
            }
            return;
        }
        Matcher c = BY_CLAUSE.matcher(lineText);
        while (c.find()) {
            Span span = new Span(line.start() + c.start(), line.start() + c.end());
            for (String name : names.names(TRAILING_PLACE.matcher(c.group(1)).replaceAll(""), true)) {
                out.add(new Credit(span, name, Credit.Kind.AUTHOR));
            }
        }
    }
}
