package org.parley.input;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a synthetic news crawl as a {@code .warc.gz}: per ten pages, six on negotiations, two on
 * other news, one in French and one copy of the last page on negotiations under another headline; each
 * response follows its request record. Texts are drawn from sentence templates with random
 * names, places and days, fixed by the seed, so that no two stories are near copies by chance.
 * Run as a program ({@code main OUT RECORDS}) to make a large archive for timing builds.
 */
public final class WarcCorpus {
    private static final String[] PEOPLE = {"Foreign Minister Anna Marsh", "Deputy Minister Paul Grant",
        "envoy Omar Haddad", "chief negotiator Lena Park", "Interior Minister Carl Weber", "mediator Ruth Okafor",
        "Prime Minister Ivan Soto", "spokeswoman Mei Tanaka", "Defence Minister Hugo Lind", "envoy Sara Vidal",
        "President Tomas Berg", "adviser Nadia Farah", "General Piet Kramer", "negotiator Ali Demir"};
    private static final String[] COUNTRIES = {"Freedonia", "Sylvania", "Borduria", "Syldavia", "Elbonia",
        "Genovia", "Latveria", "Markovia", "Pottsylvania", "Zubrowka", "Krakozhia", "Molvania"};
    private static final String[] CITIES = {"Vienna", "Geneva", "Oslo", "Doha", "Helsinki", "Istanbul", "Nairobi",
        "Muscat", "Astana", "Reykjavik", "Lisbon", "Valletta"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] TALKS = {
        "Delegations from %C and %C met in %T on %D for a new round of talks on the disputed border.",
        "The delegation of %C was led by %P, who described the negotiations as frank and useful.",
        "%P said the two sides had exchanged proposals on a ceasefire and would meet again in %T.",
        "Mediators from %C carried messages between the delegations of %C and %C during %D's session.",
        "The talks in %T are the %N round since the fighting ended, according to %P.",
        "%P told reporters on %D that a framework agreement with %C could be signed within weeks.",
        "Negotiators from %C and %C agreed on %D to set up a joint commission on prisoners.",
        "The foreign ministry of %C said its delegation would return to %T for a %N round of negotiations.",
        "%P and %P held separate meetings with the mediators before the plenary session in %T.",
        "Both delegations said on %D that the next round would deal with water sharing and trade."};
    private static final String[] OTHER = {
        "Shares in %C rose on %D after the central bank held interest rates at %N percent.",
        "The national football team of %C beat %C by %N goals in a friendly played in %T on %D.",
        "Heavy rain flooded parts of %T on %D and the weather service warned of more storms.",
        "A new museum of modern art opened in %T, with %N works lent by collectors from %C.",
        "Tickets for the summer music festival in %T sold out within %N hours on %D.",
        "The tennis championship in %T was delayed on %D by rain, the organisers said."};
    private static final String[] FRENCH = {
        "Les d\u00e9l\u00e9gations de %C et de %C se sont r\u00e9unies %D \u00e0 %T pour un nouveau cycle de"
                + " n\u00e9gociations sur la fronti\u00e8re.",
        "Le minist\u00e8re des affaires \u00e9trang\u00e8res a indiqu\u00e9 que les discussions reprendraient"
                + " la semaine prochaine \u00e0 %T.",
        "Selon les m\u00e9diateurs, un accord pourrait \u00eatre sign\u00e9 avant la fin du mois."};
    private static final String[] ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh"};
    static final Instant CRAWLED = Instant.parse("2024-03-15T12:00:00Z");

    private final Random random;

    private WarcCorpus(long seed) {
        random = new Random(seed);
    }

    /**
     * @param file    the archive to write
     * @param records the number of pages (each with its request record)
     * @param seed    fixes the texts
     */
    public static void write(Path file, int records, long seed) throws IOException {
        write(file, records, seed, "news");
    }

    /**
     * @param file    the archive to write
     * @param records the number of pages (each with its request record)
     * @param seed    fixes the texts: two archives of one seed hold the same stories
     * @param site    leads the host names of the pages' URIs ({@code https://news3.example/story/3})
     */
    public static void write(Path file, int records, long seed, String site) throws IOException {
        new WarcCorpus(seed).writeAll(file, records, site);
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), 1);
    }

    private void writeAll(Path file, int records, String site) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            String talks = null;
            for (int i = 0; i < records; i++) {
                int kind = i % 10;
                String body;
                String lang = "en";
                if (kind == 8) {
                    body = story(FRENCH, 3);
                    lang = "fr";
                } else if (kind == 9) {
                    body = talks;
                } else {
                    body = story(kind < 6 ? TALKS : OTHER, 6);
                    talks = kind < 6 ? body : talks;
                }
                String uri = "https://" + site + (i % 7) + ".example/story/" + i;
                String html = "<html lang=\"" + lang + "\"><head><title>Story " + i + " | News " + (i % 7)
                        + "</title></head><body><nav>Home | World | Sport</nav><article><h1>Story " + i + "</h1>"
                        + body + "</article><footer>Copyright News " + (i % 7) + "</footer></body></html>";
                w.write(new WarcRequest.Builder(uri).date(CRAWLED).body(
                        new HttpRequest.Builder("GET", uri).addHeader("Host", "news.example").build()).build());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(uri).date(CRAWLED).body(http).build());
            }
        }
    }

    private String story(String[] templates, int sentences) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            out.add("<p>" + fill(templates[random.nextInt(templates.length)]) + "</p>");
        }
        return String.join("", out);
    }

    private String fill(String template) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                sb.append(value(template.charAt(++i)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private String value(char slot) {
        return switch (slot) {
            case 'C' -> pick(COUNTRIES);
            case 'T' -> pick(CITIES);
            case 'D' -> pick(DAYS);
            case 'P' -> pick(PEOPLE);
            case 'N' -> pick(ORDINALS);
            default -> "%" + slot;
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
