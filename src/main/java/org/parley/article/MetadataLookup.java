package org.parley.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.input.InputFormat;

/**
 * Finds the {@code metadata.csv} row of an article file: that of its own folder first, then those
 * of the folders above it up to the folder built; in each, the row whose {@code file} is the path
 * relative to that folder (or the article id). Each {@code metadata.csv} is read once, and its
 * problems are added to the stream's list when it is read. Not thread-safe: one per stream.
 */
final class MetadataLookup {
    private final Map<Path, MetadataCsv.Parsed> cache = new HashMap<>();
    private final List<Problem> problems;

    /**
     * @param problems where the problems of the metadata files go
     */
    MetadataLookup(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * @param file a planned file of one record
     * @return its metadata, or {@link ArticleMetadata#EMPTY}
     */
    ArticleMetadata of(PlannedFile file) {
        Path absFile = file.file().toAbsolutePath().normalize();
        Path stop = file.metadataBase().toAbsolutePath().normalize();
        for (Path dir = absFile.getParent(); dir != null; dir = dir.getParent()) {
            MetadataCsv.Parsed parsed = cache.get(dir);
            if (parsed == null) {
                Path csv = dir.resolve(MetadataCsv.FILE_NAME);
                parsed = Files.exists(csv)
                        ? MetadataCsv.read(csv, displayName(file.place(), absFile.getParent().relativize(csv)))
                        : new MetadataCsv.Parsed(Map.of(), List.of());
                cache.put(dir, parsed);
                problems.addAll(parsed.problems());
            }
            String relative = dir.relativize(absFile).toString().replace('\\', '/');
            ArticleMetadata m = parsed.rows().get(relative);
            if (m == null) {
                m = parsed.rows().get(InputFormat.id(file.file()));
            }
            if (m != null) {
                return m;
            }
            if (dir.equals(stop) || !dir.startsWith(stop)) {
                break;
            }
        }
        return ArticleMetadata.EMPTY;
    }

    /**
     * Names a metadata file the way the user named the article beside it.
     *
     * @param place    the article file's place: a path, or a URI such as {@code hdfs://nn/in/a.txt}
     * @param relative the metadata file's path from the article's folder ({@code ../metadata.csv})
     */
    static String displayName(String place, Path relative) {
        if (!place.contains("://")) {
            Path shown = Path.of(place).getParent();
            return (shown == null ? relative : shown.resolve(relative)).normalize().toString();
        }
        String dir = place.substring(0, place.lastIndexOf('/'));
        String rest = relative.toString().replace('\\', '/');
        while (rest.startsWith("../") && dir.lastIndexOf('/') > dir.indexOf("://") + 2) {
            dir = dir.substring(0, dir.lastIndexOf('/'));
            rest = rest.substring(3);
        }
        return dir + "/" + rest;
    }
}
