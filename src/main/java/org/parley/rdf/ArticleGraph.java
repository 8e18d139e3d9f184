package org.parley.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The RDF extracted from one article: its named graph's name (the article's IRI) and triples.
 *
 * @param articleId the article's identifier
 * @param name      the graph name, equal to the article's IRI
 * @param graph     the triples; owned by the caller once returned
 */
public record ArticleGraph(String articleId, Node name, Graph graph) {
}
