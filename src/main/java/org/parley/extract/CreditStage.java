package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Article;
import org.parley.article.Credit;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Span;
import org.parley.nlp.Stage;

/**
 * Finds bylines and photo credits, so that the people they name are recorded as authors or
 * photographers and later stages can exclude their characters from person extraction.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Byline</b>: a line starting with "By", "Written by", "Story by" or "Words by" followed by
 *       one or more names separated by commas, "and" or "&amp;"; the first part that is not a name
 *       ("Newser Staff", "Associated Press") ends the list. A name in capitals may be followed by
 *       the outlet on the same part ("By JANE DOE Associated Press"). Also "Reporting by ...",
 *       "Writing by ...", "Editing by ...", "Additional reporting (by) ..." anywhere in a line. Kind AUTHOR; span: the whole line
 *       (or the "... by ..." clause).</li>
 *   <li><b>Photo credit</b>: a parenthesised group, the text after "Photo:", "Photograph:",
 *       "Credit:", "Picture:" or "Photo by", or a short line of its own, split on "/", "via" and
 *       ";" into parts; every part must be an agency or credit word from
 *       {@code /org/parley/extract/credits.txt} ("AP Photo", "BelTA Pool Photo", "Getty Images")
 *       or a person name, with at least one name, and (except after a marker) at least one agency
 *       part. "(AP Photo/Visar Kryeziu)", "(SERGEY BOBOK/AFP via Getty Images)",
 *       "DIMITAR DILKOFF/AFP via Getty", "Photo: Reuters/John Doe", "Getty Images/Jane Doe".
 *       Kind PHOTOGRAPHER; span: the group with its parentheses, the marker and its text, or the
 *       line.</li>
 *   <li><b>Lone author line</b>: within the first twelve lines, a line that is only a name (not
 *       the headline), whose previous line holds a photo credit or is boilerplate (a caption,
 *       stamp or agency line), and whose name does not occur anywhere else in the article. Kind
 *       AUTHOR.</li>
 * </ol>
 * A name is two to five words (capitalised words, words in capitals, initials, particles such as
 * "de", "van", "bin"), none of them an agency or outlet word; names in capitals are turned to
 * title case ("DIMITAR DILKOFF" becomes "Dimitar Dilkoff"). Agencies alone are never credited.
 *
 * <p>Requires SENTENCES and BOILERPLATE, provides CREDITS (sorted by span). Stateless after
 * construction and thread-safe.
 */
public final class CreditStage implements Stage {
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s+(?:[|–—-])\\s+|\\|");
    private static final Pattern TRAILING_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} ]*$");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final PatternResource VOCABULARY = PatternResource.load("/org/parley/extract/credits.txt");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Story by|Words by|WRITTEN BY)\\s+(\\S.*)$");
    private static final Pattern BY_CLAUSE = Pattern.compile(
            "\\b(?:Additional reporting(?: by)?|(?:Reporting|Writing|Editing|Compiled) by)\\s+([^;()\\n]+)");
    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{3,120})\\)");
    private static final Pattern MARKER = Pattern.compile(
            "\\b(?:Photo(?:graph)?|Picture|Image|Credit|Photo credit|Image credit)s?\\s*(?::|by\\b)\\s*([^()\\n]{3,120})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_SPLIT = Pattern.compile("\\s*(?:/|;|\\|)\\s*|\\s+via\\s+|\\s+VIA\\s+");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bAND\\b)\\s*");
    private static final Pattern TRAILING_NOTE = Pattern.compile(
            "(?:\\s*,\\s*(?:File|Pool|Handout|Staff|Photographer|Contributor))+\\s*\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*");
    private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}(?:['’]?\\p{Lu})+(?:-\\p{Lu}+)*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Set<String> PARTICLES = Set.of(
            "de", "la", "del", "della", "da", "das", "dos", "du", "di", "van", "von", "der", "den", "ter",
            "bin", "ibn", "al", "el", "le", "ben", "y");
    private static final int LONE_NAME_LINES = 12;

    private final Set<String> agencies;
    private final Set<String> nonName;

    /** Loads the vocabulary from the classpath. */
    public CreditStage() {
        agencies = lowerSet(VOCABULARY.entries("agencies"));
        nonName = lowerSet(VOCABULARY.entries("nonname"));
    }

    private static Set<String> lowerSet(List<String> entries) {
        Set<String> out = new TreeSet<>();
        for (String e : entries) {
            out.add(e.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.BOILERPLATE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CREDITS);
    }

    @Override
    public void process(Article article) {
        String text = article.text();
        List<Credit> out = new ArrayList<>();
        List<Span> lines = Lines.of(text);
        List<Span> boilerplate = article.get(Layers.BOILERPLATE);
        boolean[] hasPhotoCredit = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String lineText = line.of(text);
            int before = out.size();
            byline(line, lineText, out);
            photoCredits(line, lineText, out);
            hasPhotoCredit[i] = out.subList(before, out.size()).stream()
                    .anyMatch(c -> c.kind() == Credit.Kind.PHOTOGRAPHER);
        }
        for (int i = 1; i < Math.min(lines.size(), LONE_NAME_LINES); i++) {
            Span line = lines.get(i);
            Span previous = lines.get(i - 1);
            boolean afterCaption = hasPhotoCredit[i - 1] || boilerplate.stream().anyMatch(b -> b.contains(previous));
            if (!afterCaption || out.stream().anyMatch(c -> c.span().overlaps(line))) {
                continue;
            }
            List<String> names = names(line.of(text), false);
            if (names.size() == 1 && isName(line.of(text).strip())) {
                String raw = line.of(text).strip();
                if (text.indexOf(raw) == line.start() && text.indexOf(raw, line.end()) < 0) {
                    out.add(new Credit(line, names.get(0), Credit.Kind.AUTHOR));
                }
            }
        }
        out.sort(Comparator.comparing(Credit::span).thenComparing(Credit::name));
        article.put(Layers.CREDITS, out);
    }

    private void byline(Span line, String lineText, List<Credit> out) {
        Matcher m = BYLINE.matcher(lineText);
        if (m.matches() && lineText.length() <= 160) {
            String rest = CREDIT_SEPARATOR.split(m.group(1), 2)[0];
            for (String name : names(rest, true)) {
                out.add(new Credit(line, name, Credit.Kind.AUTHOR));
            }
            return;
        }
        Matcher c = BY_CLAUSE.matcher(lineText);
        while (c.find()) {
            Span span = new Span(line.start() + c.start(), line.start() + c.end());
            for (String name : names(TRAILING_PLACE.matcher(c.group(1)).replaceAll(""), true)) {
                out.add(new Credit(span, name, Credit.Kind.AUTHOR));
            }
        }
    }

    private void photoCredits(Span line, String lineText, List<Credit> out) {
        List<Span> taken = new ArrayList<>();
        Matcher m = MARKER.matcher(lineText);
        while (m.find()) {
            String inner = TRAILING_DOTS.matcher(m.group(1)).replaceAll("");
            List<String> names = creditNames(inner, true);
            if (!names.isEmpty()) {
                Span span = new Span(line.start() + m.start(), line.start() + m.start(1) + inner.length());
                taken.add(span);
                names.forEach(n -> out.add(new Credit(span, n, Credit.Kind.PHOTOGRAPHER)));
            }
        }
        Matcher p = PAREN.matcher(lineText);
        while (p.find()) {
            Span span = new Span(line.start() + p.start(), line.start() + p.end());
            if (taken.stream().anyMatch(t -> t.overlaps(span))) {
                continue;
            }
            List<String> names = creditNames(p.group(1), false);
            if (!names.isEmpty()) {
                taken.add(span);
                names.forEach(n -> out.add(new Credit(span, n, Credit.Kind.PHOTOGRAPHER)));
            }
        }
        if (taken.isEmpty() && lineText.length() <= 100) {
            List<String> names = creditNames(TRAILING_DOTS.matcher(lineText).replaceAll(""), false);
            names.forEach(n -> out.add(new Credit(line, n, Credit.Kind.PHOTOGRAPHER)));
        }
    }

    /**
     * Reads a credit expression such as "SERGEY BOBOK/AFP via Getty Images".
     *
     * @param expression  the credit text without parentheses or marker
     * @param afterMarker true after "Photo:" and the like: no agency part is needed then
     * @return the photographers' names, title-cased; empty when this is no credit
     */
    private List<String> creditNames(String expression, boolean afterMarker) {
        String[] parts = PART_SPLIT.split(TRAILING_NOTE.matcher(expression.strip()).replaceAll(""));
        boolean agency = false;
        List<String> names = new ArrayList<>();
        for (String raw : parts) {
            String part = TRAILING_NOTE.matcher(raw.strip()).replaceAll("");
            if (part.isEmpty()) {
                return List.of();
            }
            if (isAgency(part)) {
                agency = true;
                continue;
            }
            List<String> inPart = names(part, false);
            if (inPart.isEmpty()) {
                return List.of();
            }
            names.addAll(inPart);
        }
        return agency || afterMarker && parts.length == 1 ? names : List.of();
    }

    private boolean isAgency(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (agencies.contains(lower)) {
            return true;
        }
        for (String word : SPACES.split(lower)) {
            if (agencies.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a list of names ("Jane Doe and John Roe"), stopping at the first part that is none.
     *
     * @param list          the text
     * @param capsThenOther accept a name in capitals followed by other words ("JANE DOE Associated
     *                      Press") as that name
     * @return the names, title-cased
     */
    private List<String> names(String list, boolean capsThenOther) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SPLIT.split(list.strip())) {
            String candidate = part.strip();
            if (isName(candidate)) {
                out.add(titleCase(candidate));
                continue;
            }
            if (capsThenOther) {
                String[] words = SPACES.split(candidate);
                int n = 0;
                while (n < words.length && CAPS_WORD.matcher(words[n]).matches()
                        && !nonName.contains(words[n].toLowerCase(Locale.ROOT))) {
                    n++;
                }
                String head = String.join(" ", java.util.Arrays.copyOf(words, n));
                if (n >= 2 && n < words.length && isName(head)) {
                    out.add(titleCase(head));
                }
            }
            break;
        }
        return out;
    }

    private boolean isName(String candidate) {
        String[] words = SPACES.split(candidate);
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int proper = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(w)) {
                continue;
            }
            if (nonName.contains(lower) || agencies.contains(lower)) {
                return false;
            }
            if (TITLE_WORD.matcher(w).matches() || CAPS_WORD.matcher(w).matches()) {
                proper++;
            } else if (!INITIAL.matcher(w).matches()) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return proper >= 2 || proper == 1 && !INITIAL.matcher(last).matches() && words.length > 1
                && INITIAL.matcher(words[0]).matches();
    }

    /**
     * @param name a name, possibly in capitals
     * @return words in capitals turned to title case ("JEAN-PIERRE O'NEIL" to "Jean-Pierre O'Neil")
     */
    static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : SPACES.split(name.strip())) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (w.length() > 1 && CAPS_WORD.matcher(w).matches()) {
                boolean start = true;
                for (char ch : w.toCharArray()) {
                    out.append(start ? ch : Character.toLowerCase(ch));
                    start = ch == '-' || ch == '\'' || ch == '’';
                }
            } else {
                out.append(w);
            }
        }
        return out.toString();
    }
}
