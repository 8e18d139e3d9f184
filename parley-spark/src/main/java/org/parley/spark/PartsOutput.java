package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.parley.parts.PartManifest;

/**
 * The job's parts folder: a local (or shared-mount) folder written in place, or a Hadoop URI, to
 * which each part is written on the executor's local disk first and then copied under a temporary
 * name and renamed, so a part that is there is whole; the manifest goes last. Immutable and
 * thread-safe.
 */
final class PartsOutput implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String location;
    private final HadoopFiles files;

    /**
     * @param location the folder, a path or a URI
     * @param files    the Hadoop configuration
     */
    PartsOutput(String location, HadoopFiles files) {
        this.location = HadoopFiles.remote(location) ? location
                : HadoopFiles.local(location).toAbsolutePath().normalize().toString();
        this.files = files;
    }

    /**
     * @param spark    the Spark context, whose Hadoop configuration is used
     * @param location the folder, a path or a URI
     * @return the folder
     */
    static PartsOutput of(JavaSparkContext spark, String location) {
        return new PartsOutput(location, new HadoopFiles(spark.hadoopConfiguration()));
    }

    /** @return the Hadoop configuration the folder is written with */
    HadoopFiles files() {
        return files;
    }

    /** @return the folder as it is written to, for messages */
    String location() {
        return location;
    }

    /** @return true when the folder is written through Hadoop */
    boolean remote() {
        return HadoopFiles.remote(location);
    }

    /**
     * Creates the folder; refuses one that holds a manifest already. Runs on the driver.
     *
     * @throws IllegalArgumentException naming the folder when it holds parts
     */
    void prepare() {
        try {
            if (remote()) {
                FileSystem fs = fs();
                if (fs.exists(new Path(location, PartManifest.FILE))) {
                    throw held();
                }
                fs.mkdirs(new Path(location));
            } else {
                java.nio.file.Path dir = java.nio.file.Path.of(location);
                if (Files.exists(dir.resolve(PartManifest.FILE))) {
                    throw held();
                }
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": cannot create the parts folder: " + e.getMessage(), e);
        }
    }

    private IllegalArgumentException held() {
        return new IllegalArgumentException(location + " already holds parts (" + PartManifest.FILE
                + "); give a new --out folder");
    }

    /**
     * @param scratch a local folder of the task's own
     * @return where the task writes its part: the folder itself when local, else {@code scratch}
     */
    java.nio.file.Path taskFolder(java.nio.file.Path scratch) {
        return remote() ? scratch : java.nio.file.Path.of(location);
    }

    /**
     * Moves a file written in {@link #taskFolder} into the folder (nothing to do when local).
     *
     * @param written the local file
     * @throws UncheckedIOException naming the target when the copy fails
     */
    void publish(java.nio.file.Path written) {
        if (!remote()) {
            return;
        }
        String name = written.getFileName().toString();
        Path target = new Path(location, name);
        Path tmp = new Path(location, name + ".tmp");
        try {
            FileSystem fs = fs();
            fs.copyFromLocalFile(true, true, new Path(written.toUri()), tmp);
            fs.delete(target, false);
            if (!fs.rename(tmp, target)) {
                throw new IOException("rename from " + tmp + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the manifest, last. Runs on the driver.
     *
     * @param manifest the manifest
     */
    void writeManifest(PartManifest manifest) {
        try {
            if (!remote()) {
                manifest.write(java.nio.file.Path.of(location));
                return;
            }
            java.nio.file.Path scratch = Files.createTempDirectory("parley-manifest");
            manifest.write(scratch);
            publish(scratch.resolve(PartManifest.FILE));
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(location + "/" + PartManifest.FILE + ": cannot write the manifest: "
                    + e.getMessage(), e);
        }
    }

    /**
     * @param name a file or folder name in the folder
     * @return its location, a path or a URI
     */
    String resolve(String name) {
        return remote() ? new Path(location, name).toString() : java.nio.file.Path.of(location, name).toString();
    }

    /**
     * @param name a file or folder name in the folder
     * @return true when it exists
     * @throws UncheckedIOException when the folder cannot be read
     */
    boolean exists(String name) {
        try {
            return remote() ? fs().exists(new Path(location, name)) : Files.exists(java.nio.file.Path.of(location, name));
        } catch (IOException e) {
            throw new UncheckedIOException(resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a file of the folder for reading; runs where it is called (a task reads its part).
     *
     * @param name the file name in the folder
     * @return its bytes
     * @throws IOException when it cannot be opened
     */
    InputStream open(String name) throws IOException {
        return remote() ? fs().open(new Path(location, name)) : Files.newInputStream(java.nio.file.Path.of(location, name));
    }

    private FileSystem fs() throws IOException {
        return new Path(location).getFileSystem(files.conf());
    }
}
