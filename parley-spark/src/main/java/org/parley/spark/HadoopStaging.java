package org.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.parley.article.InputStaging;
import org.parley.article.MetadataCsv;
import org.parley.article.PlannedInput;

/**
 * Fetches a task's Hadoop files to the executor's local disk one at a time, as the task reads
 * them: the file is copied to the same path below a local folder named like the folder built (so
 * stored names are those of a build of that folder), with the {@code metadata.csv} files of the
 * folders between, and deleted once read; local paths are read where they are. Not thread-safe:
 * one per task; {@link #close()} deletes the local folder.
 */
final class HadoopStaging implements InputStaging, AutoCloseable {
    private final HadoopFiles files;
    private final Set<String> metadataFetched = new HashSet<>();
    private java.nio.file.Path dir;

    /**
     * @param files the Hadoop configuration
     */
    HadoopStaging(HadoopFiles files) {
        this.files = files;
    }

    @Override
    public Local fetch(PlannedInput entry) throws IOException {
        if (!HadoopFiles.remote(entry.file())) {
            return InputStaging.NONE.fetch(entry);
        }
        if (dir == null) {
            dir = Files.createTempDirectory("parley-fetch");
        }
        Path base = new Path(entry.metadataBase());
        Path file = new Path(entry.file());
        FileSystem fs = file.getFileSystem(files.conf());
        String baseName = base.getName().isEmpty() ? "root" : base.getName();
        java.nio.file.Path localBase = dir.resolve(baseName);
        String basePath = base.toUri().getPath().replaceAll("/+$", "");
        String relative = file.toUri().getPath().substring(basePath.length() + 1);
        java.nio.file.Path local = localBase.resolve(relative);
        Files.createDirectories(local.getParent());
        fs.copyToLocalFile(false, file, new Path(local.toUri()), true);
        if (!entry.manyRecords()) {
            fetchMetadata(fs, file.getParent(), base, local.getParent());
        }
        return new Local(local, localBase);
    }

    /** Copies the metadata files of the folders from {@code folder} up to {@code base}, once each. */
    private void fetchMetadata(FileSystem fs, Path folder, Path base, java.nio.file.Path localFolder)
            throws IOException {
        Path remote = folder;
        java.nio.file.Path local = localFolder;
        while (remote != null && local != null) {
            Path csv = new Path(remote, MetadataCsv.FILE_NAME);
            if (metadataFetched.add(csv.toString()) && fs.exists(csv)) {
                fs.copyToLocalFile(false, csv, new Path(local.resolve(MetadataCsv.FILE_NAME).toUri()), true);
            }
            if (remote.toUri().getPath().equals(base.toUri().getPath())) {
                break;
            }
            remote = remote.getParent();
            local = local.getParent();
        }
    }

    @Override
    public void release(Local local) {
        if (dir != null && local.file().startsWith(dir)) {
            try {
                Files.deleteIfExists(local.file());
            } catch (IOException e) {
                throw new UncheckedIOException(local.file() + ": cannot delete the fetched copy: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        deleteTree(dir);
    }

    /**
     * Deletes a local folder and what it holds.
     *
     * @param dir the folder, or null for nothing
     * @throws IOException when something cannot be deleted
     */
    static void deleteTree(java.nio.file.Path dir) throws IOException {
        if (dir != null && Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
