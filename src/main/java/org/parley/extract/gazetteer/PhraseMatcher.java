package org.parley.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A token trie over phrases that finds the longest phrase starting at a token position.
 *
 * <p>Phrases and tokens are compared by their {@link NameKeys#key} words, so matching ignores
 * case, diacritics, periods and apostrophes; a token whose key has several words (for example
 * "vice-president") consumes as many trie levels, and a token whose key is empty (a comma inside
 * "Foreign, Commonwealth and Development Office") is skipped inside a phrase. A phrase whose
 * letters are all capitals and which has at least two letters ("UN", "WHO", "U.S.") is an
 * acronym: it matches only tokens written with the same capitals, so "who" is not the World
 * Health Organization.
 *
 * <p>Build with {@link #builder()}; the built matcher is immutable and thread-safe.
 *
 * @param <T> the value attached to each phrase
 */
public final class PhraseMatcher<T> {

    /**
     * A match: the value of the longest phrase and the number of input tokens it covers.
     *
     * @param value      the value attached to the phrase
     * @param tokenCount number of tokens consumed, counted from the start index, {@code >= 1}
     * @param <T>        value type
     */
    public record Match<T>(T value, int tokenCount) {
    }

    private static final class Entry<T> {
        final T value;
        final String acronym;

        Entry(T value, String acronym) {
            this.value = value;
            this.acronym = acronym;
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<Entry<T>> entries = new ArrayList<>(1);
    }

    private final Node<T> root;
    private final int size;

    private PhraseMatcher(Node<T> root, int size) {
        this.root = root;
        this.size = size;
    }

    /**
     * @param <T> value type
     * @return a new builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** @return number of phrases added */
    public int size() {
        return size;
    }

    /**
     * Finds the longest phrase starting at {@code start}.
     *
     * @param tokens the tokens of a sentence (surface forms)
     * @param start  index of the first token of the candidate phrase
     * @return the match, or empty when no phrase starts there
     */
    public Optional<Match<T>> match(List<String> tokens, int start) {
        if (start < 0 || start >= tokens.size() || NameKeys.key(tokens.get(start)).isEmpty()) {
            return Optional.empty();
        }
        Node<T> node = root;
        Match<T> best = null;
        for (int i = start; i < tokens.size(); i++) {
            String key = NameKeys.key(tokens.get(i));
            if (key.isEmpty()) {
                continue;
            }
            for (String word : key.split(" ")) {
                node = node.next.get(word);
                if (node == null) {
                    return Optional.ofNullable(best);
                }
            }
            T value = accept(node, tokens, start, i);
            if (value != null) {
                best = new Match<>(value, i - start + 1);
            }
        }
        return Optional.ofNullable(best);
    }

    private T accept(Node<T> node, List<String> tokens, int start, int end) {
        if (node.entries.isEmpty()) {
            return null;
        }
        String letters = null;
        for (Entry<T> e : node.entries) {
            if (e.acronym != null) {
                if (letters == null) {
                    StringBuilder b = new StringBuilder();
                    for (int i = start; i <= end; i++) {
                        b.append(letters(tokens.get(i)));
                    }
                    letters = b.toString();
                }
                if (letters.equals(e.acronym)) {
                    return e.value;
                }
            }
        }
        for (Entry<T> e : node.entries) {
            if (e.acronym == null) {
                return e.value;
            }
        }
        return null;
    }

    static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isAcronym(String phrase) {
        int n = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                n++;
            }
        }
        return n >= 2;
    }

    /**
     * Collects phrases; not thread-safe. Phrases are kept in insertion order: when two values
     * share a phrase, the first added wins.
     *
     * @param <T> value type
     */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        private int size;
        private boolean built;

        private Builder() {
        }

        /**
         * @param phrase the phrase (any case; see the class comment for acronyms)
         * @param value  its value
         * @return this builder
         * @throws IllegalArgumentException when the phrase has no letters or digits
         */
        public Builder<T> add(String phrase, T value) {
            if (built) {
                throw new IllegalStateException("PhraseMatcher already built");
            }
            String key = NameKeys.key(phrase);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("phrase without letters: '" + phrase + "'");
            }
            Node<T> node = root;
            for (String word : key.split(" ")) {
                node = node.next.computeIfAbsent(word, w -> new Node<>());
            }
            String acronym = isAcronym(phrase) ? letters(phrase) : null;
            for (Entry<T> e : node.entries) {
                if (e.acronym == null ? acronym == null : e.acronym.equals(acronym)) {
                    return this;
                }
            }
            node.entries.add(new Entry<>(value, acronym));
            size++;
            return this;
        }

        /** @return number of distinct phrases added so far */
        public int size() {
            return size;
        }

        /** @return the matcher; the builder cannot be used afterwards */
        public PhraseMatcher<T> build() {
            built = true;
            return new PhraseMatcher<>(root, size);
        }
    }
}
