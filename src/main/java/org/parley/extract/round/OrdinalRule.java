package org.parley.extract.round;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Evidenced;
import org.parley.extract.lexicon.Lexicon;

/**
 * The ordinal of a round: "second round", "tenth meeting", "12th session", or 1 for "for the first
 * time" (but not after "first day", whose first time is of something else). Lists from
 * {@code round-ordinals.txt} and {@code meeting-nouns.txt} [counted].
 *
 * <p>Stateless and thread-safe.
 */
public final class OrdinalRule implements MentionRule {
    /** An ordinal counting a round noun ("third round"). */
    static final double COUNTED = 0.9;
    /** A first round read from "for the first time". */
    static final double FIRST_TIME = 0.6;

    private static final List<String> WORDS = Lexicon.entries("round-ordinals", "words");
    private static final Map<String, Integer> VALUES = values();
    private static final Pattern ORDINAL = Pattern.compile("\\b(" + String.join("|", WORDS) + "|"
            + String.join("|", Lexicon.entries("round-ordinals", "numeric")) + ")\\s+(?:(?:and\\s+)?(?:"
            + String.join("|", Lexicon.entries("round-ordinals", "modifiers").stream().map(m -> m + "\\s+").toList())
            + ")?)" + Lexicon.alternation("meeting-nouns", "counted") + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_TIME_PHRASE = Pattern.compile(
            "\\b" + Lexicon.alternation("round-ordinals", "first-time") + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_FIRST_TIME = Lexicon.lowerWords("round-ordinals", "not-first-time");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private static Map<String, Integer> values() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < WORDS.size(); i++) {
            out.put(WORDS.get(i).toLowerCase(Locale.ROOT), i + 1);
        }
        return Map.copyOf(out);
    }

    @Override
    public void apply(MentionContext context, RoundDraft draft) {
        find(context).ifPresent(o -> draft.ordinal = o);
    }

    /**
     * @param context the sentence
     * @return the round's ordinal with the words it rests on, if the sentence gives one
     */
    public Optional<Evidenced<Integer>> find(MentionContext context) {
        String st = context.text();
        Matcher ord = ORDINAL.matcher(st);
        if (ord.find()) {
            return Optional.of(new Evidenced<>(value(ord.group(1)), context.shift(ord.start(), ord.end()), COUNTED));
        }
        Matcher ft = FIRST_TIME_PHRASE.matcher(st);
        if (ft.find()) {
            String before = st.substring(0, ft.start()).toLowerCase(Locale.ROOT);
            if (NOT_FIRST_TIME.stream().noneMatch(before::contains)) {
                return Optional.of(new Evidenced<>(1, context.shift(ft.start(), ft.end()), FIRST_TIME));
            }
        }
        return Optional.empty();
    }

    private static int value(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = VALUES.get(w);
        return n != null ? n : Integer.parseInt(NOT_DIGIT.matcher(w).replaceAll(""));
    }
}
