package org.parley.extract.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Credit;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Photo credits: the text after a photo cue ("Photo:", "Credit:", "Photo by"), a parenthesised
 * group, or a short line of its own, split on "/", "via" and ";" into parts; every part must be
 * an agency or credit word or a person name, with at least one name, and (except after a cue)
 * at least one agency part: "(AP Photo/Jane Roe)", "JOHN DOE/AFP via Getty", "Photo: Reuters/Jane Roe".
 *
 * <p>Input: one line; output: PHOTOGRAPHER credits spanning the cue and its text, the group
 * with its parentheses, or the line. Immutable and thread-safe.
 */
public final class PhotoCreditRule {
    private static final Pattern MARKER = Pattern.compile(
            "\\b" + Lexicon.alternation("credit-cues", "photo") + "s?\\s*(?::|by\\b)\\s*([^()\\n]{3,120})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{3,120})\\)");
    private static final Pattern PART_SPLIT = Pattern.compile("\\s*(?:/|;|\\|)\\s*|\\s+via\\s+|\\s+VIA\\s+");
    private static final Pattern TRAILING_NOTE = Pattern.compile(
            "(?:\\s*,\\s*" + Lexicon.alternation("credits", "trailing-notes") + ")+\\s*\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    /** Longer lines are text, not a credit line of their own. */
    private static final int MAX_CREDIT_LINE = 100;

    private final CreditVocabulary vocabulary;
    private final NameReader names;

    /**
     * @param vocabulary the agency words
     * @param names      the name reader
     */
    public PhotoCreditRule(CreditVocabulary vocabulary, NameReader names) {
        this.vocabulary = vocabulary;
        this.names = names;
    }

    /**
     * @param line     the line's span in the text
     * @param lineText the line's text
     * @param out      where the credits found are added
     */
    public void apply(Span line, String lineText, List<Credit> out) {
        List<Span> taken = new ArrayList<>();
        Matcher m = MARKER.matcher(lineText);
        while (m.find()) {
            String inner = TRAILING_DOTS.matcher(m.group(1)).replaceAll("");
            List<String> found = creditNames(inner, true);
            if (!found.isEmpty()) {
                Span span = new Span(line.start() + m.start(), line.start() + m.start(1) + inner.length());
                taken.add(span);
                found.forEach(n -> out.add(new Credit(span, n, Credit.Kind.PHOTOGRAPHER)));
            }
        }
        Matcher p = PAREN.matcher(lineText);
        while (p.find()) {
            Span span = new Span(line.start() + p.start(), line.start() + p.end());
            if (taken.stream().anyMatch(t -> t.overlaps(span))) {
                continue;
            }
            List<String> found = creditNames(p.group(1), false);
            if (!found.isEmpty()) {
                taken.add(span);
                found.forEach(n -> out.add(new Credit(span, n, Credit.Kind.PHOTOGRAPHER)));
            }
        }
        if (taken.isEmpty() && lineText.length() <= MAX_CREDIT_LINE) {
            List<String> found = creditNames(TRAILING_DOTS.matcher(lineText).replaceAll(""), false);
            found.forEach(n -> out.add(new Credit(line, n, Credit.Kind.PHOTOGRAPHER)));
        }
    }

    /**
     * Reads a credit expression such as "JOHN DOE/AFP via Getty Images".
     *
     * @param expression  the credit text without parentheses or cue
     * @param afterMarker true after "Photo:" and the like: no agency part is needed then
     * @return the photographers' names, title-cased; empty when this is no credit
     */
    List<String> creditNames(String expression, boolean afterMarker) {
        String[] parts = PART_SPLIT.split(TRAILING_NOTE.matcher(expression.strip()).replaceAll(""));
        boolean agency = false;
        List<String> found = new ArrayList<>();
        for (String raw : parts) {
            String part = TRAILING_NOTE.matcher(raw.strip()).replaceAll("");
            if (part.isEmpty()) {
                return List.of();
            }
            if (vocabulary.isAgency(part)) {
                agency = true;
                continue;
            }
            List<String> inPart = names.names(part, false);
            if (inPart.isEmpty()) {
                return List.of();
            }
            found.addAll(inPart);
        }
        return agency || afterMarker && parts.length == 1 ? found : List.of();
    }
}
