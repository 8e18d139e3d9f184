package org.parley.extract.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.Layers;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.lexicon.Lexicon;

/**
 * Decides which token runs may be a person's name in one article. Tokens of places, agents and
 * masked text (credits, boilerplate) are blocked; a name may not hold a stop word, be longer than
 * {@link NameBoundaries#MAX_NAME}, end with an organization's head word ({@code
 * organization-heads}: "Post", "University"), be a known institution or a news agency ({@code
 * credits.txt} [agencies]), be followed by a social-media handle (a byline) or end a text cut off
 * inside it.
 *
 * <p>Reads the article's PLACES and AGENTS. Belongs to one article; immutable once built, so it
 * may be read from any thread.
 */
public final class CandidateFilter {
    private static final Set<String> ORG_HEADS = Lexicon.lowerWords("organization-heads", "words");
    /** News agencies and outlets ("Sputnik", "Reuters"), lower case: never a person. */
    private static final Set<String> AGENCIES = agencies();

    private final TokenView tv;
    private final boolean[] blocked;

    /**
     * @param tv      the article's tokens
     * @param article the article, with PLACES and AGENTS
     */
    public CandidateFilter(TokenView tv, Article article) {
        this.tv = tv;
        this.blocked = new boolean[tv.size()];
        for (int i = 0; i < tv.size(); i++) {
            blocked[i] = tv.masked(i);
        }
        for (PlaceMention p : article.get(Layers.PLACES)) {
            block(p.span());
        }
        for (AgentRef a : article.get(Layers.AGENTS)) {
            block(a.span());
        }
    }

    private void block(Span span) {
        int from = tv.tokenAt(span.start());
        int to = tv.tokenAt(Math.max(span.start(), span.end() - 1));
        for (int i = Math.max(0, from); i >= 0 && i <= to; i++) {
            blocked[i] = true;
        }
    }

    /**
     * @param i a token index
     * @return true when token i lies in a place, an agent or masked text
     */
    public boolean blocked(int i) {
        return blocked[i];
    }

    /**
     * Adds the candidate {@code [from, to)} to {@code found} when it may be a name.
     *
     * @param found      the list to add to
     * @param from       index of the first token
     * @param to         index after the last token
     * @param confidence the finding rule's confidence
     */
    public void add(List<Candidate> found, int from, int to, double confidence) {
        for (int i = from; i < to; i++) {
            if (blocked[i] || NameBoundaries.stopWord(tv, i)) {
                return;
            }
        }
        if (to - from > NameBoundaries.MAX_NAME || to <= from
                || ORG_HEADS.contains(tv.word(to - 1).toLowerCase(Locale.ROOT)) || isInstitution(from, to)
                || AGENCIES.contains(FullNames.written(tv, from, to).toLowerCase(Locale.ROOT))
                || handleFollows(to) || cutOff(from, to)) {
            return;
        }
        found.add(new Candidate(from, to, confidence));
    }

    private static Set<String> agencies() {
        Set<String> out = new HashSet<>();
        for (String a : Lexicon.entries("credits", "agencies")) {
            out.add(a.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** True when a social-media handle in brackets follows: an author's byline ("Ana Pinto (@apinto)"). */
    private boolean handleFollows(int to) {
        return to + 1 < tv.size() && tv.get(to).text().equals("(") && tv.get(to + 1).text().startsWith("@");
    }

    /**
     * True when a one-word name ends a text of several lines without a mark after it: the text was
     * cut off inside the name ("... led by Ana Pin").
     */
    private boolean cutOff(int from, int to) {
        String text = tv.article().text().stripTrailing();
        return to == from + 1 && to == tv.size() && tv.get(to - 1).span().end() >= text.length()
                && text.indexOf('\n') > 0;
    }

    /** True when the name, or the name with the capitalized word before it, is a known institution. */
    private boolean isInstitution(int from, int to) {
        for (int start = Math.max(0, from - 1); start <= from; start++) {
            if (start < from && !tv.capitalized(start)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int k = start; k < to; k++) {
                words.add(tv.word(k));
            }
            var m = Gazetteers.get().institutions().matchWithLength(words, 0);
            if (m.isPresent() && m.get().tokenCount() == words.size()) {
                return true;
            }
        }
        return false;
    }
}
