package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Sentence;
import org.parley.article.Span;

/**
 * Splits an article into sentences with OpenNLP's English sentence model. Line breaks always end
 * a sentence: news text puts headlines, captions and bylines on lines of their own.
 *
 * <p>Provides SENTENCES. Not thread-safe (holds a {@link SentenceDetectorME}).
 */
public final class SentenceStage implements Stage {
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.){2,}");
    private final SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public void process(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineEnd > lineStart) {
                String line = text.substring(lineStart, lineEnd);
                Span previous = null;
                for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
                    Span span = trim(text, lineStart + s.getStart(), lineStart + s.getEnd());
                    if (span == null) {
                        continue;
                    }
                    if (previous != null && wrongSplit(text, previous, span)) {
                        previous = previous.union(span);
                        out.set(out.size() - 1, new Sentence(out.size() - 1, previous));
                    } else {
                        previous = span;
                        out.add(new Sentence(out.size(), span));
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        article.put(Layers.SENTENCES, out);
    }

    /**
     * True when the model split after an abbreviation ("Feb. | 28, 2022", "Gen. | Smith") or before
     * a word that cannot start a sentence (lower case, or a digit after an abbreviation).
     */
    static boolean wrongSplit(String text, Span previous, Span next) {
        String prev = previous.of(text);
        int sp = Math.max(prev.lastIndexOf(' '), prev.lastIndexOf('('));
        String lastWord = prev.substring(sp + 1).toLowerCase(java.util.Locale.ROOT);
        char first = text.charAt(next.start());
        if (Character.isLowerCase(first)) {
            return true;
        }
        return ABBREVIATIONS.contains(lastWord) || INITIALS.matcher(lastWord).matches();
    }

    private static final Set<String> ABBREVIATIONS = Set.of("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sep.", "sept.", "oct.", "nov.", "dec.", "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "capt.",
            "sgt.", "gov.", "sen.", "rep.", "rev.", "prof.", "st.", "no.", "vs.", "approx.", "adm.", "cmdr.", "pres.");

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}
