package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;
import org.parley.nlp.Stage;

/**
 * Marks the parts of an article that carry no facts: calls to action ("CLICK HERE TO READ MORE
 * FROM ..."), app and newsletter prompts ("Tap to install our app.", "Add to Home Screen"),
 * navigation words alone on a line ("Share", "Image", "Contact Us", a lone "X"), numbered
 * user-interface steps, "ALSO READ: ..." teasers, "(More ... stories.)", "EDITORS NOTE: ..."
 * caption lines, "Posted/Updated ..." and bare date/time stamps, agency-only lines ("Associated
 * Press"), copyright and corporate lines ("NBCUniversal Media, LLC").
 *
 * <p>Rules live in {@code /org/parley/lexicon/boilerplate.txt}, read through {@link Lexicon}:
 * <ol>
 *   <li>a line whose trimmed text matches a {@code [whole]} pattern completely (case-insensitive)
 *       is boilerplate as a whole line;</li>
 *   <li>otherwise each sentence of the line whose text matches a {@code [whole]} pattern is
 *       boilerplate;</li>
 *   <li>otherwise every match of a {@code [part]} pattern (case-sensitive) inside the line is.</li>
 * </ol>
 * Time stamps are boilerplate (no fact), but the DateStage reads the text itself, so it still
 * finds the publication date in them.
 *
 * <p>Requires SENTENCES, provides BOILERPLATE (spans sorted by start, none inside another).
 * Stateless after construction and thread-safe.
 */
public final class BoilerplateStage implements Stage {
    private final List<Pattern> whole;
    private final List<Pattern> part;

    /** Loads the rules from the classpath. */
    public BoilerplateStage() {
        whole = Lexicon.patterns("boilerplate", "whole", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        part = Lexicon.patterns("boilerplate", "part", 0);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.BOILERPLATE);
    }

    @Override
    public void process(Article article) {
        String text = article.text();
        List<Sentence> sentences = article.get(Layers.SENTENCES);
        List<Span> out = new ArrayList<>();
        for (Span line : Lines.of(text)) {
            String lineText = line.of(text);
            if (matchesWhole(lineText)) {
                out.add(line);
                continue;
            }
            String strippedLine = lineText.strip();
            List<Span> inLine = new ArrayList<>();
            for (Sentence s : sentences) {
                if (!line.contains(s.span())) {
                    continue;
                }
                String sentence = s.span().of(text);
                // a sentence that is the whole line has just failed the same rules
                if (!sentence.strip().equals(strippedLine) && matchesWhole(sentence)) {
                    inLine.add(s.span());
                }
            }
            for (Pattern p : part) {
                Matcher m = p.matcher(lineText);
                while (m.find()) {
                    Span found = new Span(line.start() + m.start(), line.start() + m.end());
                    if (inLine.stream().noneMatch(s -> s.contains(found))) {
                        inLine.add(found);
                    }
                }
            }
            out.addAll(inLine);
        }
        article.put(Layers.BOILERPLATE, normalize(out));
    }

    /**
     * @param candidate a line or sentence
     * @return true when a {@code [whole]} rule matches all of its trimmed text
     */
    public boolean matchesWhole(String candidate) {
        String s = candidate.strip();
        for (Pattern p : whole) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> normalize(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
