package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A metadata file is named the way the user named the article beside it: a path, or a URI. */
class MetadataLookupTest {
    @ParameterizedTest
    @CsvSource({
        "articles/a.txt, metadata.csv, articles/metadata.csv",
        "articles/wire/a.txt, ../metadata.csv, articles/metadata.csv",
        "a.txt, metadata.csv, metadata.csv",
        "hdfs://nn:8020/news/a.txt, metadata.csv, hdfs://nn:8020/news/metadata.csv",
        "hdfs://nn:8020/news/wire/a.txt, ../metadata.csv, hdfs://nn:8020/news/metadata.csv",
        "s3a://bucket/a.txt, metadata.csv, s3a://bucket/metadata.csv"})
    void displayName(String place, String relative, String shown) {
        assertEquals(shown, MetadataLookup.displayName(place, Path.of(relative)));
    }
}
