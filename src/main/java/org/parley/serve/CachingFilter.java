package org.parley.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.resultset.SPARQLResult;

/**
 * Answers repeated SPARQL queries from a {@link ResultCache}.
 *
 * <p>Only read queries on the query endpoints are considered: {@code GET ?query=}, and
 * {@code POST} with a form ({@code query=}) or a {@code application/sparql-query} body; updates
 * and everything else pass through untouched. The key is the endpoint path, the exact query text,
 * every other request parameter ({@code default-graph-uri}, {@code format}...), the
 * {@code Accept-Charset} and {@code Origin} headers (CORS answers depend on the origin) and the media types Fuseki's content negotiation picks from the
 * {@code Accept} header for each kind of result, so two requests with the same key get the same
 * bytes from Fuseki. A miss runs the rest of the chain with a {@link CapturingResponse}, sends
 * the captured response and hands it to the cache (which keeps successes only). Kept bodies are
 * gzip-compressed: a client that accepts gzip gets them as they are ({@code Content-Encoding:
 * gzip}), any other the decompressed bytes. Responses carry
 * {@code Parley-Cache: hit}, {@code miss}, {@code shared} (answered by a concurrent identical
 * request's computation) or {@code converted} (a CSV or TSV answer converted from the kept JSON
 * answer to the same request instead of running the query again).
 *
 * <p>A request carrying the header {@value #PREWARM_HEADER} with this server's secret token is
 * marked with the request attribute {@value #PREWARM_ATTRIBUTE}, so that
 * {@link LimitedQueryService} runs it with the longer prewarm timeout ({@link CachePrewarmer}).
 *
 * <p>Thread-safe (immutable; the cache is thread-safe).
 */
public final class CachingFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Response header telling how the answer was obtained. */
    public static final String STATUS_HEADER = "Parley-Cache";
    /** Request header of prewarm requests; its value must be the server's token. */
    public static final String PREWARM_HEADER = "Parley-Prewarm";
    /** Request attribute set on authenticated prewarm requests. */
    public static final String PREWARM_ATTRIBUTE = "org.parley.prewarm";

    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "fuseki-request-id", "date",
            "connection", "transfer-encoding", STATUS_HEADER.toLowerCase(Locale.ROOT));

    /** Result formats converted from a kept JSON answer, by media type. */
    private static final Map<String, Lang> CONVERTIBLE = Map.of(
            WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV,
            WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV);

    private final ResultCache cache;
    private final Set<String> paths;
    private final String prewarmToken;

    /**
     * @param cache        the cache
     * @param paths        request paths of the query endpoints ({@code /parley/sparql}...)
     * @param prewarmToken the secret value of {@value #PREWARM_HEADER} on prewarm requests
     */
    public CachingFilter(ResultCache cache, Set<String> paths, String prewarmToken) {
        this.cache = cache;
        this.paths = Set.copyOf(paths);
        this.prewarmToken = prewarmToken;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!paths.contains(req.getRequestURI().substring(req.getContextPath().length()))) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletRequest forward = req;
        String query;
        String method = req.getMethod();
        String type = req.getContentType() == null ? ""
                : req.getContentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("POST") && type.equals("application/x-www-form-urlencoded")) {
            query = req.getParameter("query");
        } else if (method.equals("POST") && type.equals("application/sparql-query")) {
            byte[] body = req.getInputStream().readAllBytes();
            forward = new ReplayedRequest(req, body);
            query = decode(body, req.getCharacterEncoding());
        } else {
            query = null;
        }
        if (query == null) {
            chain.doFilter(forward, resp);
            return;
        }
        RequestLogFilter.query(req, query);
        boolean prewarm = prewarmToken.equals(req.getHeader(PREWARM_HEADER));
        if (prewarm) {
            req.setAttribute(PREWARM_ATTRIBUTE, Boolean.TRUE);
        }
        String key = key(req, query);
        ResultCache.Lookup lookup = cache.begin(key);
        if (lookup.waiting() != null && prewarm) {
            ResultCache.Response shared = await(lookup.waiting());
            if (shared != null && shared.status() == 200) {
                send(req, resp, shared, "shared");
                return;
            }
            // a client's request failed (e.g. its shorter timeout): compute with the prewarm timeout
            lookup = cache.begin(key);
        }
        if (lookup.hit() != null) {
            send(req, resp, lookup.hit(), "hit");
            return;
        }
        if (lookup.waiting() != null) {
            ResultCache.Response shared = await(lookup.waiting());
            if (shared != null) {
                send(req, resp, shared, "shared");
            } else {
                chain.doFilter(forward, resp);
            }
            return;
        }
        ResultCache.Response converted = converted(req, query);
        if (converted != null) {
            cache.finish(lookup.lead(), converted);
            send(req, resp, converted, "converted");
            return;
        }
        CapturingResponse capture = new CapturingResponse(resp, cache.maxEntryBytes());
        ResultCache.Response captured = null;
        try {
            chain.doFilter(forward, capture);
            captured = capture.captured();
            if (captured != null) {
                captured = captured.compressed();
            }
        } finally {
            cache.finish(lookup.lead(), captured);
        }
        if (captured != null) {
            send(req, resp, captured, "miss");
        }
    }

    /** @return the text, or null when it is not valid in its declared charset (UTF-8 by default) */
    private static String decode(byte[] body, String charset) {
        try {
            Charset cs = charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The cache key of a query request. */
    static String key(HttpServletRequest req, String query) {
        StringBuilder k = new StringBuilder(query.length() + 256);
        k.append(req.getRequestURI()).append('\n').append(query).append('\n');
        Map<String, String[]> params = new TreeMap<>(req.getParameterMap());
        params.remove("query");
        params.forEach((name, values) -> k.append(name).append('=').append(Arrays.toString(values)).append('\n'));
        k.append("accept-charset=").append(req.getHeader("Accept-Charset")).append('\n');
        k.append("origin=").append(req.getHeader("Origin")).append('\n');
        for (AcceptList offer : new AcceptList[] {DEF.rsOfferTable, DEF.rsOfferBoolean, DEF.rdfOffer,
            DEF.quadsOffer, DEF.constructOffer, DEF.jsonOffer}) {
            MediaType chosen = ConNeg.chooseContentType(req, offer, null);
            k.append(chosen == null ? "-" : chosen.getContentTypeStr()).append('\n');
        }
        return k.toString();
    }

    /**
     * The answer to a CSV or TSV request converted from the kept JSON answer to the same request,
     * when there is one: reading a kept answer costs a fraction of running the query again, and the
     * prewarm asks for JSON first. Only for requests whose sole parameter is the query (no
     * {@code output=}, {@code stylesheet=} or other parameter that changes Fuseki's answer) and for
     * SELECT results; the bytes and Content-Type are those Fuseki writes for the format (the
     * result-set writer of the format, UTF-8).
     *
     * @return the converted answer, or null to run the query
     */
    private ResultCache.Response converted(HttpServletRequest req, String query) {
        if (req.getParameterMap().size() != 1) {
            return null;
        }
        MediaType want = ConNeg.chooseContentType(req, DEF.rsOfferTable, DEF.acceptResultSetXML);
        Lang lang = want == null ? null : CONVERTIBLE.get(want.getContentTypeStr());
        if (lang == null) {
            return null;
        }
        ResultCache.Response json = cache.peek(key(new AcceptingJson(req), query));
        if (json == null || json.status() != 200 || json.contentType() == null
                || !json.contentType().toLowerCase(Locale.ROOT).startsWith(WebContent.contentTypeResultsJSON)) {
            return null;
        }
        try (InputStream in = json.gzip() ? new GZIPInputStream(new ByteArrayInputStream(json.body()), 1 << 16)
                : new ByteArrayInputStream(json.body())) {
            SPARQLResult result = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(in);
            if (!result.isResultSet()) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultsWriter.create().lang(lang).build().write(out, result.getResultSet());
            return new ResultCache.Response(200, want.getContentTypeStr() + "; charset=utf-8", json.headers(),
                    out.toByteArray()).compressed();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The same request asking for SPARQL JSON results, to find the key of its JSON answer. */
    private static final class AcceptingJson extends HttpServletRequestWrapper {
        AcceptingJson(HttpServletRequest req) {
            super(req);
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Accept") ? WebContent.contentTypeResultsJSON : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return name.equalsIgnoreCase("Accept") ? Collections.enumeration(List.of(WebContent.contentTypeResultsJSON))
                    : super.getHeaders(name);
        }
    }

    private static ResultCache.Response await(CompletableFuture<ResultCache.Response> f)
            throws ServletException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for an identical query's answer", e);
        } catch (ExecutionException e) {
            return null;
        }
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, ResultCache.Response r, String how)
            throws IOException {
        resp.setStatus(r.status());
        for (String[] h : r.headers()) {
            if (!NOT_REPLAYED.contains(h[0].toLowerCase(Locale.ROOT))) {
                resp.addHeader(h[0], h[1]);
            }
        }
        if (r.contentType() != null) {
            resp.setContentType(r.contentType());
        }
        resp.setHeader(STATUS_HEADER, how);
        if (!r.gzip()) {
            resp.setContentLengthLong(r.body().length);
            resp.getOutputStream().write(r.body());
            return;
        }
        resp.addHeader("Vary", "Accept-Encoding");
        if (acceptsGzip(req.getHeader("Accept-Encoding"))) {
            resp.setHeader("Content-Encoding", "gzip");
            resp.setContentLengthLong(r.body().length);
            resp.getOutputStream().write(r.body());
        } else {
            resp.setContentLengthLong(r.length());
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()), 1 << 16)) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }

    /** @return true when an {@code Accept-Encoding} header accepts gzip (without {@code q=0}) */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] bits = part.split(";");
            if (bits[0].strip().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < bits.length; i++) {
                    String param = bits[i].strip().toLowerCase(Locale.ROOT);
                    if (param.startsWith("q=") && param.substring(2).strip().matches("0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** A request whose body has been read, handing the same bytes to the servlet. */
    private static final class ReplayedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedRequest(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("asynchronous reads are not supported for a replayed body");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
