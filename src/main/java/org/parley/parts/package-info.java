/**
 * Parts: a build's output written as files rather than into a store, so that many machines can
 * convert apart (the Spark job in {@code parley-spark}) and {@code parley load} can load the lot.
 * A parts folder holds {@code part-N.nq.gz} files (compressed N-Quads, one named graph per
 * article, exactly as {@code parley build} stores it) and {@code manifest.tsv}
 * ({@link org.parley.parts.PartManifest}). {@link org.parley.parts.FactRows} and
 * {@link org.parley.parts.PartFactReader} read a part's evidence nodes back as the rows of the
 * facts table ({@code docs/facts-table.md}).
 */
package org.parley.parts;
