package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.article.Article;
import org.parley.article.ArticleStream;
import org.parley.article.Layers;
import org.parley.article.Problem;
import org.parley.extract.relevance.RelevanceGate;
import org.parley.input.InputRecord;
import org.parley.input.Screening;

/**
 * What a build made of each input record: counts for the summary ({@link #format}) and, with
 * {@code --report FILE}, one tab-separated line per record as it is met: {@code record},
 * {@code outcome} ({@code article}, {@code not an article}, {@code not English},
 * {@code duplicate}, {@code unreadable}, and {@code not about negotiations} for an article whose
 * relevance score is below the relevance gate's), {@code detail}. Thread-safe: conversion
 * threads report relevance while the reading thread reports records.
 */
final class BuildReport implements AutoCloseable {
    private final BufferedWriter file;
    private final AtomicInteger offTopic = new AtomicInteger();

    /**
     * @param file where to write the per-record lines, or null for counts only
     * @throws UncheckedIOException when the file cannot be created
     */
    BuildReport(Path file) {
        try {
            this.file = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            line("record", "outcome", "detail");
        } catch (IOException e) {
            throw new UncheckedIOException("--report " + file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** @param a an article handed to the store builder */
    void article(Article a) {
        line(a.source(), "article", a.id());
    }

    /** @param k a record skipped by the loader */
    void skipped(InputRecord.Skipped k) {
        String outcome = k.reason().equals(Screening.NOT_ENGLISH)
                || k.reason().equals(Screening.DUPLICATE) ? k.reason() : "not an article";
        line(k.place(), outcome, k.detail() != null ? k.detail() : k.reason());
    }

    /** @param a an article just converted, with its relevance layer */
    void converted(Article a) {
        if (!a.has(Layers.ARTICLE_RELEVANCE)) {
            return;
        }
        double score = a.get(Layers.ARTICLE_RELEVANCE).stream().findFirst().orElse(0.0);
        if (score < RelevanceGate.ARTICLE_MIN) {
            offTopic.incrementAndGet();
            line(a.source(), "not about negotiations", String.format(Locale.ROOT, "relevance %.2f", score));
        }
    }

    /** @param problems the inputs that could not be read, each written as one line */
    void unreadable(List<Problem> problems) {
        for (Problem p : problems) {
            line(p.place(), "unreadable", p.message());
        }
    }

    /**
     * @param stream   the exhausted article stream
     * @param articles articles handed to the builder
     * @return the summary lines on the inputs, each ending with a line break
     */
    String format(ArticleStream stream, int articles) {
        Map<String, Integer> skipped = stream.skipped();
        int notEnglish = skipped.getOrDefault(Screening.NOT_ENGLISH, 0);
        int duplicates = skipped.getOrDefault(Screening.DUPLICATE, 0);
        StringBuilder other = new StringBuilder();
        int others = 0;
        for (Map.Entry<String, Integer> e : skipped.entrySet()) {
            if (!e.getKey().equals(Screening.NOT_ENGLISH)
                    && !e.getKey().equals(Screening.DUPLICATE)) {
                others += e.getValue();
                other.append(other.length() == 0 ? " (" : ", ").append(e.getKey()).append(' ').append(e.getValue());
            }
        }
        return String.format(Locale.ROOT, "records:  %d read: %d articles, %d not English, %d duplicates,"
                        + " %d unreadable, %d not articles%s%n", stream.records(), articles, notEnglish, duplicates,
                stream.rejected(), others, other.length() == 0 ? "" : other + ")")
                + (offTopic.get() == 0 ? "" : String.format(Locale.ROOT, "relevance: %d articles report no"
                + " negotiation (kept for their people and places, without rounds or delegations)%n", offTopic.get()));
    }

    private void line(String record, String outcome, String detail) {
        if (file == null) {
            return;
        }
        synchronized (file) {
            try {
                file.write(clean(record) + '\t' + clean(outcome) + '\t' + clean(detail));
                file.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
            }
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
            }
        }
    }
}
