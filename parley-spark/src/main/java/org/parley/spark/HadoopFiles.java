package org.parley.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;

/**
 * Where the job's inputs and output live: a plain path is a local (or shared-mount) file, read and
 * written with {@code java.nio}; a URI with a scheme ({@code hdfs://nn/news}, {@code s3a://bucket/cc})
 * is read and written through Hadoop's file systems, with the Hadoop configuration of the Spark
 * context, which travels to the tasks with this object. {@code file:} URIs are local paths.
 * Thread-safe; the settings are immutable.
 */
public final class HadoopFiles implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A scheme of two letters or more, so that a Windows drive ({@code C:}) stays a path. */
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private final HashMap<String, String> settings = new HashMap<>();
    private transient Configuration conf;

    /**
     * @param conf the Hadoop configuration to use (copied)
     */
    public HadoopFiles(Configuration conf) {
        for (Map.Entry<String, String> e : conf) {
            settings.put(e.getKey(), e.getValue());
        }
    }

    /** @return the configuration, rebuilt once where this object was sent */
    public synchronized Configuration conf() {
        if (conf == null) {
            conf = new Configuration(false);
            settings.forEach(conf::set);
        }
        return conf;
    }

    /**
     * @param location a path or URI as the user gave it
     * @return true when Hadoop reads it (a URI whose scheme is not {@code file})
     */
    public static boolean remote(String location) {
        return URI_SCHEME.matcher(location).matches() && !location.regionMatches(true, 0, "file:", 0, 5);
    }

    /**
     * @param location a path, or a {@code file:} URI
     * @return the local path
     */
    public static Path local(String location) {
        return location.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(location)) : Path.of(location);
    }
}
