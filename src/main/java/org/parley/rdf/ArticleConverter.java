package org.parley.rdf;

import org.parley.article.Article;

/**
 * Turns one article into its named graph: runs the extraction pipeline and writes the facts as
 * RDF with their evidence.
 *
 * <p>Not thread-safe (holds OpenNLP {@code *ME} instances): create one per worker thread with
 * {@link #create()}; models are shared between them.
 */
public interface ArticleConverter {

    /**
     * Version of the extraction. It is part of each article's content hash, so a new version
     * rebuilds articles that are otherwise unchanged.
     */
    String VERSION = "2";

    /**
     * @param article the article, with metadata (publication date) where known
     * @return its graph
     */
    ArticleGraph convert(Article article);

    /** @return a converter running the full pipeline */
    static ArticleConverter create() {
        return new ArticleRdfWriter(org.parley.extract.Extraction.pipeline());
    }

    /**
     * @param pipeline the extraction pipeline to run (one owned by this converter)
     * @return a converter running it
     */
    static ArticleConverter create(org.parley.nlp.Pipeline pipeline) {
        return new ArticleRdfWriter(pipeline);
    }
}
