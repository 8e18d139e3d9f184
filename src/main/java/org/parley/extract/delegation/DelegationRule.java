package org.parley.extract.delegation;

/**
 * One rule of delegation finding: it reads the article through the context and adds or
 * completes delegation drafts there.
 *
 * <p>Implementations are stateless after construction and thread-safe.
 */
public interface DelegationRule {
    /** @param ctx the article's context and the drafts so far */
    void apply(DelegationContext ctx);
}
