package org.parley.input;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small synthetic web archives with jwarc, for tests. */
final class TestWarc implements AutoCloseable {
    static final Instant CRAWLED = Instant.parse("2024-03-15T12:00:00Z");
    private final WarcWriter writer;

    /**
     * @param file the archive to write
     * @param gzip whether to compress each record (a {@code .warc.gz})
     */
    TestWarc(Path file, boolean gzip) throws IOException {
        writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    TestWarc info() throws IOException {
        writer.write(new Warcinfo.Builder().filename("test.warc").date(CRAWLED)
                .fields(java.util.Map.of("software", java.util.List.of("parley tests"))).build());
        return this;
    }

    TestWarc request(String uri) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", uri).addHeader("Host", "news.example").build();
        writer.write(new WarcRequest.Builder(uri).date(CRAWLED).body(http).build());
        return this;
    }

    TestWarc page(String uri, String html) throws IOException {
        return response(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestWarc page(String uri, String html, Charset cs, String contentType) throws IOException {
        return response(uri, 200, contentType, html.getBytes(cs));
    }

    TestWarc response(String uri, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        writer.write(new WarcResponse.Builder(uri).date(CRAWLED).body(http).build());
        return this;
    }

    TestWarc resource(String uri, String text) throws IOException {
        writer.write(new WarcResource.Builder(java.net.URI.create(uri)).date(CRAWLED)
                .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    TestWarc nonHttpResponse(String uri, String text) throws IOException {
        writer.write(new WarcResponse.Builder(uri).date(CRAWLED)
                .body(MediaType.parse("text/dns"), text.getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
