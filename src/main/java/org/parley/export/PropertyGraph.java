package org.parley.export;

import java.util.List;
import java.util.SortedMap;

/**
 * A labelled property graph projected from a Parley store: the common model the GraphML, GEXF and
 * Neo4j CSV exporters write. Nodes are sorted by id, edges by (source, predicate, target), so an
 * export of the same store is byte-identical. Immutable once built by {@link PropertyGraphBuilder}.
 *
 * @param nodes the nodes, sorted by id
 * @param edges the edges, sorted by source, predicate, target
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges) {

    /**
     * One resource typed with a projected parley class.
     *
     * @param id         the resource's IRI
     * @param label      display name: preferred name, else a name, else rdfs:label, else the IRI's local part
     * @param type       local name of the most specific parley class ({@code City}, {@code Person}...)
     * @param labels     the type followed by its projected parley superclasses ({@code City, Place})
     * @param attributes values of the {@link Attribute}s the node has, by key; each list sorted and distinct
     */
    public record Node(String id, String label, String type, List<String> labels,
                       SortedMap<String, List<String>> attributes) {
    }

    /**
     * One object-property triple between two nodes.
     *
     * @param source    subject IRI
     * @param target    object IRI
     * @param label     the predicate's rdfs:label ("held in")
     * @param predicate the predicate IRI
     */
    public record Edge(String source, String target, String label, String predicate) {
        /** @return the predicate's local name ({@code heldIn}) */
        public String predicateLocalName() {
            int i = Math.max(predicate.lastIndexOf('#'), predicate.lastIndexOf('/'));
            return predicate.substring(i + 1);
        }
    }
}
