package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which locations Hadoop reads and which are local paths. */
class HadoopFilesTest {
    @ParameterizedTest
    @CsvSource({
        "hdfs://namenode:8020/news, true",
        "hdfs:///news, true",
        "s3a://bucket/cc-news/2024, true",
        "abfs://container@account.dfs.core.windows.net/x, true",
        "file:///tmp/news, false",
        "FILE:/tmp/news, false",
        "/tmp/news, false",
        "articles/, false",
        "C:\\news, false",
        "./odd:name.txt, false"})
    void remoteMeansAUriWithAScheme(String location, boolean remote) {
        assertEquals(remote, HadoopFiles.remote(location));
    }

    @ParameterizedTest
    @CsvSource({
        "file:///tmp/news, /tmp/news",
        "/tmp/news, /tmp/news",
        "articles, articles"})
    void localPaths(String location, String path) {
        assertEquals(Path.of(path), HadoopFiles.local(location));
    }
}
