package org.parley.article;

import java.util.List;

/**
 * A delegation of one side, as an article describes it.
 *
 * @param span    characters of the phrase naming the delegation ("the Russian delegation")
 * @param side    the side it represents
 * @param head    the person heading it (full name in the article), with evidence, or null
 * @param members other members, with evidence
 * @param round   index into the ROUNDS layer of the round it takes part in, or -1
 */
public record DelegationMention(Span span, AgentRef side, Evidenced<String> head,
                                List<Evidenced<String>> members, int round) {
}
