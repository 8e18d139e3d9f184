package org.parley.nlp;

import java.util.Set;
import org.parley.article.Article;
import org.parley.article.Layer;

/**
 * One step of the pipeline: reads some layers of an {@link Article} and adds its own.
 *
 * <p>Implementations may hold OpenNLP {@code *ME} instances and are then not thread-safe: build
 * one pipeline per worker thread (models themselves are shared, see {@link OpenNlpModels}).
 */
public interface Stage {

    /** @return the stage's name for messages, by default its class's simple name */
    default String name() {
        return getClass().getSimpleName();
    }

    /** @return the layers this stage reads; they must be provided by earlier stages */
    Set<Layer<?>> requires();

    /** @return the layers this stage adds */
    Set<Layer<?>> provides();

    /**
     * Adds this stage's layers to the article.
     *
     * @param article the article, with every required layer present
     */
    void process(Article article);
}
