package org.parley.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.Layer;

/**
 * An ordered list of {@link Stage}s, checked at construction: every stage's required layers must
 * be provided by a stage before it, and no layer may be provided twice.
 *
 * <p>Not thread-safe when its stages are not (the OpenNLP ones are not): use one per thread.
 */
public final class Pipeline {
    private final List<Stage> stages;

    /**
     * @param stages the stages in order
     * @throws IllegalArgumentException naming the stage and the missing layer, e.g.
     *         "RoundStage requires DATES; add a stage that provides DATES before it"
     */
    public Pipeline(List<? extends Stage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer<?>> provided = new HashSet<>();
        for (Stage stage : this.stages) {
            for (Layer<?> required : stage.requires()) {
                if (!provided.contains(required)) {
                    throw new IllegalArgumentException(stage.name() + " requires " + required
                            + "; add a stage that provides " + required + " before it");
                }
            }
            for (Layer<?> layer : stage.provides()) {
                if (!provided.add(layer)) {
                    throw new IllegalArgumentException(stage.name() + " provides " + layer
                            + ", which an earlier stage already provides");
                }
            }
        }
    }

    /** @return the stages in order */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage on the article.
     *
     * @param article the article
     * @return the same article, annotated
     */
    public Article process(Article article) {
        for (Stage stage : stages) {
            stage.process(article);
        }
        return article;
    }
}
