package org.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Gazetteers;

/**
 * Deterministic generator of a scale corpus: synthetic news articles about negotiations, for
 * load testing (not for extraction quality). Everything comes from templates written here and
 * from the gazetteers (countries, their cities, international organizations, given names);
 * surnames are made of syllables. No text is copied from real articles.
 *
 * <p>The corpus follows a number of negotiation processes (two countries, often a mediator, a
 * venue, a series of rounds with dates and a cast of negotiators), so people, places and rounds
 * recur across articles as in real coverage. Each article reports on one round of one process:
 * headline, byline, dateline, the meeting in one of many phrasings, statements with quotes,
 * background, an outcome, and publisher boilerplate.
 *
 * <p>Output: {@code DIR/NNN/aNNNNNNN.txt}, 1,000 articles per folder, each folder with a
 * {@code metadata.csv} (file, url, published, publisher, title). Article {@code i} depends only
 * on the seed and {@code i}, so any size is a prefix of a larger corpus with the same seed.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class ScaleCorpus {
    /** Default seed. */
    public static final long DEFAULT_SEED = 20240601L;
    /** Articles per folder. */
    public static final int PER_FOLDER = 1000;

    private static final String[] PUBLISHERS = {"The Meridian Post", "Global Wire Service", "Harbor Daily",
        "Continental Herald", "The Evening Ledger", "World Affairs Review", "Capital Courier", "The Northern Star",
        "Associated Bulletin", "Pacific Observer", "The Atlas Times", "Diplomatic Dispatch"};
    private static final String[] AGENCIES = {"GWS", "Meridian", "AB News", "Atlas", "Dispatch"};
    private static final String[] SYLLABLES = {"kar", "vol", "mar", "ben", "tal", "sor", "hal", "dor", "mel", "ras",
        "nov", "kel", "bar", "lin", "ost", "ram", "sel", "vey", "gor", "pet", "zan", "mir", "dal", "fen", "tur",
        "mos", "ril", "sav", "hol", "bren"};
    private static final String[] LINKS = {"a", "e", "i", "o", "u", "an", "en", "or", "ar", "el"};
    private static final String[] SUFFIXES = {"ov", "enko", "son", "ani", "ez", "elli", "berg", "mann", "ou",
        "idis", "escu", "ski", "yan", "ashvili", "oglu", "i", "a", "ing", "ard", "ston"};
    private static final String[] ROLES = {"Foreign Minister", "Deputy Foreign Minister", "chief negotiator",
        "President", "Prime Minister", "Defense Minister", "ambassador", "national security adviser",
        "presidential envoy", "Minister of Energy", "Trade Minister", "special envoy"};
    private static final String[] TOPICS = {"a ceasefire", "prisoner exchanges", "the border dispute",
        "gas transit", "maritime boundaries", "grain exports", "the withdrawal of troops", "water sharing",
        "sanctions relief", "humanitarian corridors", "a peace framework", "nuclear safety", "trade tariffs",
        "the return of refugees"};
    private static final String[] TALKS = {"talks", "negotiations", "peace talks", "a round of talks", "discussions"};
    private static final String[] MEET_VERBS = {"met", "held talks", "sat down", "resumed negotiations",
        "opened discussions", "gathered"};
    private static final String[] OUTCOMES = {"agreed to meet again", "signed a memorandum of understanding",
        "made no breakthrough", "agreed on a prisoner exchange", "agreed to extend the ceasefire",
        "issued a joint statement", "ended without agreement", "agreed to set up working groups"};
    private static final String[] QUOTE_OPEN = {"We are", "Our delegation is", "My government remains",
        "We came here", "Both sides are", "Nobody should doubt that we are", "We remain"};
    private static final String[] QUOTE_BODY = {"ready to continue the dialogue", "committed to a lasting settlement",
        "open to any proposal that respects our sovereignty", "determined to protect civilians",
        "prepared to discuss every item on the agenda", "looking for practical steps, not slogans",
        "not going to accept ultimatums", "serious about a verifiable agreement"};
    private static final String[] QUOTE_TAIL = {"", ", but the other side must show good faith",
        " as long as the agreement is respected", ", and we expect the same from our partners",
        ", whatever the difficulties", " before the winter comes"};
    private static final String[] SAY = {"said", "told reporters", "said in a statement", "told a news conference",
        "said after the meeting", "wrote on social media", "added"};
    private static final String[] BACKGROUND = {
        "The two countries have been at odds over %s for years, and earlier attempts at mediation stalled.",
        "Analysts said progress on %s would depend on pressure from regional powers.",
        "Diplomats familiar with the process said the sides remained far apart on %s.",
        "Previous rounds produced limited agreements on %s but left the core issues unresolved.",
        "Observers noted that public opinion in both capitals has hardened over %s.",
        "A senior official, speaking on condition of anonymity, said a deal on %s was not expected soon."};
    private static final String[] BOILERPLATE = {"Sign up for our morning newsletter to get the latest stories.",
        "Read more: Timeline of the negotiations", "Copyright %d %s. All rights reserved.",
        "This article has been updated with additional reporting.", "Follow our live coverage for updates.",
        "Reporting by %s; editing by %s"};

    private final long seed;
    private final List<Process> processes;

    /** A negotiation process: two sides, maybe a mediator, a venue, a cast and a series of rounds. */
    private record Process(Country a, Country b, String mediator, String venue, Country venueCountry,
                           List<Person> cast, LocalDate first, int spacingDays, String topic) {
    }

    /** A negotiator. */
    private record Person(String name, String role, Country country) {
    }

    /**
     * @param seed     the seed; the same seed gives the same corpus
     * @param articles the corpus size, which sets the number of processes (one per 40 articles,
     *                 at least 8)
     */
    public ScaleCorpus(long seed, int articles) {
        this.seed = seed;
        Gazetteers gaz = Gazetteers.get();
        List<Country> countries = new ArrayList<>();
        for (Country c : gaz.countries().all()) {
            if (gaz.countries().isSovereign(c) && !c.demonyms().isEmpty() && c.capital() != null
                    && !c.capital().isBlank()) {
                countries.add(c);
            }
        }
        Map<String, List<String>> cities = cities();
        List<String> given = givenNames();
        List<String> mediators = List.of("the United Nations", "the European Union", "the African Union",
                "the OSCE", "the Arab League", "ASEAN", "the Gulf Cooperation Council", "ECOWAS");
        SplittableRandom r = new SplittableRandom(seed);
        int n = Math.max(8, articles / 40);
        List<Process> ps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Country a = pick(r, countries);
            Country b = pick(r, countries);
            while (b == a) {
                b = pick(r, countries);
            }
            String mediator;
            Country venueCountry;
            if (r.nextInt(3) == 0) {
                mediator = pick(r, mediators);
                venueCountry = pick(r, countries);
            } else {
                Country m = pick(r, countries);
                mediator = m == a || m == b ? null : m.name();
                venueCountry = m;
            }
            List<String> venues = cities.getOrDefault(venueCountry.code(), List.of(venueCountry.capital()));
            String venue = venues.get(r.nextInt(Math.min(venues.size(), 6)));
            List<Person> cast = new ArrayList<>();
            for (Country side : List.of(a, b, a, b, a, b)) {
                cast.add(new Person(pick(r, given) + " " + surname(r), pick(r, ROLES), side));
            }
            LocalDate first = LocalDate.of(2012, 1, 1).plusDays(r.nextInt(365 * 12));
            ps.add(new Process(a, b, mediator, venue, venueCountry, List.copyOf(cast), first, 7 + r.nextInt(60),
                    pick(r, TOPICS)));
        }
        this.processes = List.copyOf(ps);
    }

    /** One generated article. */
    public record Generated(String id, String relativeFile, String text, LocalDate published, String publisher,
                            String title, String url) {
    }

    /**
     * Generates article {@code i}.
     *
     * @param i the article number, from 0
     * @return the article
     */
    public Generated article(int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
        Process p = processes.get(r.nextInt(processes.size()));
        int round = 1 + r.nextInt(12);
        LocalDate day = p.first.plusDays((long) (round - 1) * p.spacingDays);
        LocalDate published = day.plusDays(r.nextInt(3));
        String publisher = pick(r, PUBLISHERS);
        String talks = pick(r, TALKS);
        String ord = ordinal(round);
        String a = p.a.name();
        String b = p.b.name();
        String demA = p.a.demonyms().get(0);
        String demB = p.b.demonyms().get(0);
        String title = switch (r.nextInt(4)) {
            case 0 -> a + " and " + b + " hold " + ord + " round of talks in " + p.venue;
            case 1 -> demA + " and " + demB + " negotiators meet again over " + p.topic;
            case 2 -> "Talks between " + a + " and " + b + " resume in " + p.venue;
            default -> "No breakthrough as " + a + "-" + b + " talks enter " + ord + " round";
        };
        StringBuilder t = new StringBuilder(4096);
        t.append(title).append('\n');
        String reporter = reporter(r);
        t.append(r.nextBoolean() ? "By " + reporter : "By " + reporter + " and " + reporter(r)).append('\n');
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String dateText = month(day) + " " + day.getDayOfMonth();
        String dateline = p.venue.toUpperCase(Locale.ROOT) + ", " + dateText + " (" + pick(r, AGENCIES) + ") — ";
        Person headA = person(r, p, p.a);
        Person headB = person(r, p, p.b);
        t.append(dateline).append(switch (r.nextInt(4)) {
            case 0 -> "Delegations from " + a + " and " + b + " " + pick(r, MEET_VERBS) + " in " + p.venue + " on "
                    + weekday + " for the " + ord + " round of " + talks + " on " + p.topic + ".";
            case 1 -> demA + " and " + demB + " officials " + pick(r, MEET_VERBS) + " on " + weekday + ", "
                    + dateText + ", " + day.getYear() + ", in " + p.venue + ", " + p.venueCountry.name() + ", for "
                    + talks + " on " + p.topic + ".";
            case 2 -> "The " + ord + " round of " + talks + " between " + a + " and " + b + " opened in " + p.venue
                    + " on " + weekday + ", with " + p.topic + " at the top of the agenda.";
            default -> headA.role + " " + headA.name + " led the " + demA + " delegation to " + p.venue
                    + " on " + weekday + " for the " + ord + " round of " + talks + " with " + b + ".";
        }).append('\n');
        if (p.mediator != null) {
            t.append(switch (r.nextInt(3)) {
                case 0 -> "The meeting was mediated by " + p.mediator + ".";
                case 1 -> "Mediators from " + p.mediator + " shuttled between the two delegations.";
                default -> p.mediator + " has hosted the process since it began.";
            }).append(' ');
        }
        t.append("The " + demB + " delegation was headed by " + headB.role + " " + headB.name + ", and the "
                + demA + " side by " + headA.name + ".").append('\n');
        int statements = 2 + r.nextInt(4);
        for (int s = 0; s < statements; s++) {
            Person sp = p.cast.get(r.nextInt(p.cast.size()));
            String quote = pick(r, QUOTE_OPEN) + " " + pick(r, QUOTE_BODY) + pick(r, QUOTE_TAIL);
            String dem = sp.country.demonyms().get(0);
            t.append(switch (r.nextInt(3)) {
                case 0 -> "“" + quote + ",” " + dem + " " + sp.role + " " + sp.name + " " + pick(r, SAY) + ".";
                case 1 -> sp.name + ", " + article(sp.role) + " " + sp.role + " of " + sp.country.name() + ", "
                        + pick(r, SAY) + ": “" + quote + ".”";
                default -> "“" + quote + ",” " + sp.name + " " + pick(r, SAY) + ", according to " + pick(r, AGENCIES)
                        + ".";
            }).append(r.nextInt(3) == 0 ? "\n" : " ");
        }
        t.append('\n');
        int background = 2 + r.nextInt(4);
        for (int s = 0; s < background; s++) {
            t.append(String.format(Locale.ROOT, pick(r, BACKGROUND), r.nextBoolean() ? p.topic : pick(r, TOPICS)))
                    .append(' ');
        }
        t.append('\n');
        LocalDate next = day.plusDays(p.spacingDays);
        t.append(switch (r.nextInt(3)) {
            case 0 -> "The delegations " + pick(r, OUTCOMES) + " and said the next round would take place in "
                    + p.venue + " on " + month(next) + " " + next.getDayOfMonth() + ".";
            case 1 -> "At the end of the " + ord + " round the two sides " + pick(r, OUTCOMES) + ".";
            default -> "Officials said the talks " + pick(r, OUTCOMES) + "; a further meeting is planned for "
                    + month(next) + " " + next.getDayOfMonth() + ", " + next.getYear() + ".";
        }).append('\n');
        if (r.nextBoolean()) {
            t.append("Photo: ").append(reporter(r)).append('/').append(pick(r, AGENCIES)).append('\n');
        }
        String bp = pick(r, BOILERPLATE);
        t.append(bp.startsWith("Copyright") ? String.format(Locale.ROOT, bp, published.getYear(), publisher)
                : bp.startsWith("Reporting") ? String.format(Locale.ROOT, bp, reporter, reporter(r)) : bp).append('\n');
        String id = String.format(Locale.ROOT, "a%07d", i);
        String folder = String.format(Locale.ROOT, "%03d", i / PER_FOLDER);
        String url = "https://news.example.org/" + published + "/" + id;
        return new Generated(id, folder + "/" + id + ".txt", t.toString(), published, publisher, title, url);
    }

    /**
     * Writes articles {@code 0..count-1} under {@code dir}, with one metadata.csv per folder.
     *
     * @param dir   output folder (created)
     * @param count number of articles
     * @return total bytes of article text written
     * @throws IOException when writing fails
     */
    public long write(Path dir, int count) throws IOException {
        long bytes = 0;
        for (int start = 0; start < count; start += PER_FOLDER) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "%03d", start / PER_FOLDER));
            Files.createDirectories(folder);
            try (Writer csv = Files.newBufferedWriter(folder.resolve("metadata.csv"), StandardCharsets.UTF_8)) {
                csv.write("file,url,published,publisher,title\n");
                for (int i = start; i < Math.min(count, start + PER_FOLDER); i++) {
                    Generated g = article(i);
                    byte[] text = g.text().getBytes(StandardCharsets.UTF_8);
                    Files.write(dir.resolve(g.relativeFile()), text);
                    bytes += text.length;
                    csv.write(g.id() + ".txt," + g.url() + "," + g.published() + "," + csvField(g.publisher()) + ","
                            + csvField(g.title()) + "\n");
                }
            }
        }
        return bytes;
    }

    private static String csvField(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private Person person(SplittableRandom r, Process p, Country side) {
        List<Person> of = new ArrayList<>();
        for (Person x : p.cast) {
            if (x.country == side) {
                of.add(x);
            }
        }
        return of.get(r.nextInt(of.size()));
    }

    private static String reporter(SplittableRandom r) {
        return pick(r, REPORTER_GIVEN) + " " + capitalize(SYLLABLES[r.nextInt(SYLLABLES.length)]
                + SUFFIXES[r.nextInt(SUFFIXES.length)]);
    }

    private static final String[] REPORTER_GIVEN = {"Anna", "Daniel", "Maria", "Thomas", "Laura", "Peter", "Sofia",
        "James", "Elena", "Mark", "Clara", "David", "Nina", "Paul", "Helen", "Victor"};

    private static String surname(SplittableRandom r) {
        String s = SYLLABLES[r.nextInt(SYLLABLES.length)];
        if (r.nextBoolean()) {
            s += LINKS[r.nextInt(LINKS.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)];
        }
        return capitalize(s + SUFFIXES[r.nextInt(SUFFIXES.length)]);
    }

    private static String article(String role) {
        return "aeiou".indexOf(Character.toLowerCase(role.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ordinal(int n) {
        return List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth").get(n - 1);
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static <T> T pick(SplittableRandom r, T[] array) {
        return array[r.nextInt(array.length)];
    }

    /** Cities of at least 100,000 people per country, largest first, from the cities gazetteer. */
    private static Map<String, List<String>> cities() {
        Map<String, List<String>> out = new TreeMap<>();
        try (InputStream in = ScaleCorpus.class.getResourceAsStream("/org/parley/gazetteer/cities.tsv.gz")) {
            if (in == null) {
                return out;
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = br.readLine(); line != null; line = br.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length > 8 && !c[8].isEmpty() && Long.parseLong(c[8]) >= 100_000 && c[1].indexOf(',') < 0) {
                    out.computeIfAbsent(c[4], k -> new ArrayList<>()).add(c[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cities gazetteer", e);
        }
        return out;
    }

    /** Given names written in the supplement (display spelling), sorted. */
    private static List<String> givenNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        try (InputStream in = ScaleCorpus.class.getResourceAsStream("/org/parley/gazetteer/given-names-supplement.txt")) {
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = br.readLine(); line != null; line = br.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)) {
                        names.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the given names", e);
        }
        List<String> out = new ArrayList<>(names);
        Collections.sort(out);
        return out;
    }
}
