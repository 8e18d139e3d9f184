package org.parley.extract.date;

import java.util.List;

/**
 * One rule that reads calendar dates in a text, without resolving missing years. Implementations
 * are stateless and thread-safe.
 */
public interface DateRule {
    /**
     * @param text any text
     * @return the dates found, in the order the rule's patterns find them (may overlap each other)
     */
    List<RawDate> find(String text);
}
