package org.parley.extract.delegation;

import java.util.Locale;
import java.util.Map;
import org.parley.article.AgentRef;

/**
 * A community side written as two demonyms ("Turkish Cypriot leader Jane Roe"): when the text
 * just before an agent's end reads one of the communities of the lexicon, that community (an
 * organisation-like side) replaces the agent.
 *
 * <p>Input: the text and an agent; output: the community side or the agent itself. Immutable and
 * thread-safe.
 */
public final class CommunitySide {
    private static final Map<String, String> COMMUNITIES = ArrowEntries.read("community-sides", "communities");

    /**
     * @param text  the article's text
     * @param agent an agent found in it
     * @return the community whose phrase ends where the agent ends, else the agent
     */
    public AgentRef resolve(String text, AgentRef agent) {
        if (agent == null) {
            return null;
        }
        int end = agent.span().end();
        for (Map.Entry<String, String> e : COMMUNITIES.entrySet()) {
            int start = end - e.getKey().length();
            if (start >= 0 && text.substring(start, end).toLowerCase(Locale.ROOT).equals(e.getKey())) {
                return AgentRef.organization(agent.span(), agent.text(), e.getValue(), AgentRef.Form.DEMONYM);
            }
        }
        return agent;
    }
}
