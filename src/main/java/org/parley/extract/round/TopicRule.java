package org.parley.extract.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.parley.article.Evidenced;
import org.parley.extract.CuedPattern;
import org.parley.extract.lexicon.Lexicon;

/**
 * Topics: what a round's sentence says is on the table ("ceasefire", "prisoner exchange",
 * "sanctions"...), one section of {@code negotiation-topics.txt} per topic, in file order.
 *
 * <p>Stateless and thread-safe.
 */
public final class TopicRule implements MentionRule {
    /** A topic named in the sentence of a round. */
    static final double TOPIC = 0.6;

    private static final String CONCEPT = "negotiation-topics";
    private static final Map<String, CuedPattern> TOPICS = topics();

    private static Map<String, CuedPattern> topics() {
        Map<String, CuedPattern> out = new LinkedHashMap<>();
        for (String topic : Lexicon.file(CONCEPT).sectionNames()) {
            out.put(topic, CuedPattern.compile(String.join("|", Lexicon.entries(CONCEPT, topic))));
        }
        return out;
    }

    @Override
    public void apply(MentionContext context, RoundDraft draft) {
        draft.topics.addAll(find(context));
    }

    /**
     * @param context the sentence
     * @return the topics it names, each with the words naming it, in topic order
     */
    public List<Evidenced<String>> find(MentionContext context) {
        String st = context.text();
        String lower = context.lower();
        List<Evidenced<String>> out = new ArrayList<>();
        for (Map.Entry<String, CuedPattern> topic : TOPICS.entrySet()) {
            Matcher tm = topic.getValue().matcher(st, lower);
            if (tm != null && tm.find()) {
                out.add(new Evidenced<>(topic.getKey(), context.shift(tm.start(), tm.end()), TOPIC));
            }
        }
        return out;
    }
}
