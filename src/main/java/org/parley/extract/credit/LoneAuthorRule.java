package org.parley.extract.credit;

import java.util.List;
import org.parley.article.Credit;
import org.parley.article.Span;

/**
 * Lone author lines: within the first lines of an article, a line that is only a name (not the
 * headline), whose previous line holds a photo credit or is boilerplate (a caption, stamp or
 * agency line), and whose name occurs nowhere else in the article.
 *
 * <p>Input: the text, its lines, which lines hold a photo credit, the boilerplate spans and the
 * credits found so far; output: AUTHOR credits spanning the line. Immutable and thread-safe.
 */
public final class LoneAuthorRule {
    /** Only this many first lines are looked at (the head of an article). */
    private static final int LONE_NAME_LINES = 12;

    private final NameReader names;

    /** @param names the name reader */
    public LoneAuthorRule(NameReader names) {
        this.names = names;
    }

    /**
     * @param text           the article text
     * @param lines          its lines
     * @param hasPhotoCredit per line, whether a photo credit was found in it
     * @param boilerplate    the boilerplate spans
     * @param out            the credits so far; the authors found are added
     */
    public void apply(String text, List<Span> lines, boolean[] hasPhotoCredit, List<Span> boilerplate,
                      List<Credit> out) {
        for (int i = 1; i < Math.min(lines.size(), LONE_NAME_LINES); i++) {
            Span line = lines.get(i);
            Span previous = lines.get(i - 1);
            boolean afterCaption = hasPhotoCredit[i - 1] || boilerplate.stream().anyMatch(b -> b.contains(previous));
            if (!afterCaption || out.stream().anyMatch(c -> c.span().overlaps(line))) {
                continue;
            }
            List<String> found = names.names(line.of(text), false);
            if (found.size() == 1 && names.isName(line.of(text).strip())) {
                String raw = line.of(text).strip();
                if (text.indexOf(raw) == line.start() && text.indexOf(raw, line.end()) < 0) {
                    out.add(new Credit(line, found.get(0), Credit.Kind.AUTHOR));
                }
            }
        }
    }
}
