package org.parley.input;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element as paragraphs, one per line: block elements ({@code p}, headings,
 * list items, {@code div}...) and {@code <br>} end a line; white space inside a line, non-breaking
 * spaces included, becomes one space; empty lines are dropped. Stateless and thread-safe.
 */
public final class BlockText {

    private BlockText() {
    }

    /**
     * @param root an element
     * @return its text, one paragraph per line, without a final line break
     */
    public static String of(Element root) {
        Lines lines = new Lines();
        NodeTraversor.traverse(lines, root);
        lines.flush();
        return String.join("\n", lines.done);
    }

    /** Collects lines while the tree is walked. */
    private static final class Lines implements NodeVisitor {
        private final List<String> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                flush();
            }
        }

        void flush() {
            String line = current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!line.isEmpty()) {
                done.add(line);
            }
            current.setLength(0);
        }
    }
}
