package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.NameMention;
import org.parley.article.PersonMention;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Title;
import org.parley.nlp.Stage;

/**
 * Finds the people an article names, with their roles and the country they represent.
 *
 * <p>Names come from three sources: the name finder's PERSON names, office titles followed by a
 * capitalized name ("Russian Foreign Minister Sergey Lavrov", "Presidents Vladimir Putin and
 * Volodymyr Zelenskyy"), and a known given name followed by capitalized words. Names inside
 * credits or boilerplate, and names that are places or organizations, are dropped. A surname used
 * alone takes the full name the article gives ("Lavrov" -> "Sergey Lavrov").
 *
 * <p>Roles and countries come from the title before the name and what stands before the title
 * (demonym, country, institution: "Kremlin spokesman" -> Russia), from an apposition after the
 * name ("Vladimir Medinsky, the head of the Russian delegation,", "X, Ukraine's defence
 * minister"), from "X of Turkey", and from role phrases that refer back or forward to a named
 * person ("... Vladimir Putin, which the Russian president has implied", "a Kremlin spokesman ...
 * Spokesman Dmitry Peskov").
 *
 * <p>Requires POS, NAMES, PLACES, AGENTS; provides PERSONS. Thread-safe (stateless).
 */
public final class PersonStage implements Stage {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HEAD_OF_TEAM = Pattern.compile(
            "(?:head|leader|chief) of (?:the )?.{0,40}\\b(?:delegation|team|negotiators)\\b.*");
    private static final Pattern DOUBLE_NAME = Pattern.compile("\\p{Lu}\\p{L}+[-–]\\p{Lu}\\p{L}+");
    private static final Pattern DASH = Pattern.compile("[-–]");
    private static final Pattern DASH_NAME = Pattern.compile("[-–]\\p{Lu}\\p{L}+");
    private static final Pattern X_OF_Y = Pattern.compile("(\\S+ )?\\S+ of .+");
    private static final Pattern TRAILING_CLAUSE = Pattern.compile("\\s+(in|at|from|for|since|who|which)\\s.*$");
    private static final Pattern OFFICIAL_WORD = Pattern.compile(
            ".*\\b(leader|member|lawmaker|official|negotiator|aide|adviser|advisor|envoy)\\b.*");
    private static final int MAX_NAME = 5;
    /** Names the model alone proposes need at least this probability. */
    static final double MIN_MODEL_CONFIDENCE = 0.5;
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "said", "says", "in",
            "on", "at", "by", "for", "with", "to", "from", "he", "she", "it", "they", "we", "i", "mr", "mr.",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "update", "updated", "posted", "click", "tap", "get", "install", "meanwhile", "however", "but",
            "pool", "photo", "getty", "images", "news", "staff", "via", "reporters", "officials", "minister",
            "talks", "war", "this", "that", "there", "their", "his", "her", "our", "its");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> PARTICLES = Set.of("de", "la", "del", "della", "di", "da", "dos", "das", "do",
            "du", "van", "von", "der", "den", "ter", "bin", "bint", "ibn", "al", "el", "le", "y");
    private static final java.util.regex.Pattern CAPTION_POSITION = java.util.regex.Pattern.compile(
            "(?i)(?:(?:first|second|third|fourth|fifth|far|front|back|top|bottom)\\s+)?(?:row\\s+)?(?:from\\s+)?"
                    + "(?:left|right|center|centre|middle)|\\((?:[lrc]|left|right|center)\\)");
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(
            "\\s*(?:,|,?\\s+and)\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+|of\\s+|the\\s+|for\\s+){0,7}");
    /** Military ranks: an apposition's office says more ("Admiral X, Secretary of the Security Council"). */
    private static final Set<String> RANKS = Set.of("Admiral", "General", "Colonel", "Lieutenant General",
            "Major General", "Brigadier General", "Marshal", "Captain", "Major", "Commander");
    /** Words that make a list entry's text an office. */
    private static final java.util.regex.Pattern OFFICE_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:director|secretary|representative|minister|adviser|advisor|ambassador|head|chief|envoy|"
                    + "negotiator|spokes\\w+|officer|official|deputy|chair\\w*|president|commander)\\b");
    /** What may stand before a list entry on its line: white space and a bullet. */
    private static final java.util.regex.Pattern LIST_BULLET = java.util.regex.Pattern.compile("[\\s•·*▪‣◦–-]*");
    /** Longest prepositional tail between a title and a name ("of the Republic of Kazakhstan"). */
    private static final int MAX_TAIL = 12;
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("of", "to", "for", "on", "at", "in");
    private static final Set<String> TAIL_WORDS = Set.of("of", "to", "for", "on", "at", "in", "the", "and", "’s",
            "'s", "-", "&", "(", ")", "self-proclaimed", "so-called", "breakaway", "self", "proclaimed", "so", "called");
    /** Lower-case words between a side and its official's title ("Kiev military spokesman"). */
    private static final Set<String> OFFICE_MODIFIERS = Set.of("top", "chief", "senior", "military", "foreign",
            "defence", "defense", "government", "presidential", "ministry", "army", "trade", "deputy", "former", "ex", "ex-");
    private static final Set<String> TITLE_MODIFIERS = Set.of("acting", "former", "outgoing", "incoming", "interim",
            "then", "current", "newly");
    private static final Set<String> RELATIVE_VERBS = Set.of("is", "was", "serves", "served", "became", "has been",
            "had been", "remains");
    /** Tags that cannot start an apposition: conjunctions, prepositions, adverbs, verbs, wh-words. */
    private static final java.util.regex.Pattern APPOSITION_BLOCKERS =
            java.util.regex.Pattern.compile("CC|IN|RB.*|VB.*|MD|TO|W.*|PRP|CD");
    /** Last words that make a capitalized name an organization, outlet or building, not a person. */
    private static final Set<String> ORG_HEADS = Set.of("post", "times", "university", "party", "ministry",
            "agency", "news", "journal", "herald", "guardian", "telegraph", "council", "committee", "commission",
            "parliament", "assembly", "institute", "foundation", "bank", "group", "company", "corporation", "inc",
            "ltd", "office", "department", "service", "forces", "army", "navy", "airlines", "airport", "palace",
            "house", "hotel", "centre", "center", "square", "street", "tower", "media", "press", "network",
            "radio", "tv", "television", "channel", "tribune", "daily", "weekly", "review", "magazine",
            "association", "union", "federation", "league", "front", "movement", "coalition", "alliance",
            "organization", "organisation", "fund", "programme", "program", "court", "tribunal", "cabinet",
            "government", "administration", "embassy", "consulate", "mission", "school", "college", "hospital",
            "station", "port", "bridge", "province", "region", "city", "state", "republic", "kingdom",
            "express", "monitor", "observer", "insider", "today", "wire", "gazette", "mail", "star", "sun",
            "standard", "independent", "affairs", "studios", "studio", "security", "command", "brigade", "battalion", "club");

    private final Gazetteers gaz = Gazetteers.get();
    private final Set<NameSource> sources;

    /** Where a person's name may come from; all are on by default, {@code parley eval} can turn them off. */
    public enum NameSource {
        /** Parley's trained name-finder model. */
        MODEL,
        /** An office title before a capitalized name. */
        TITLE,
        /** A known given name before capitalized words. */
        GIVEN_NAME
    }

    /** A stage taking names from every source. */
    public PersonStage() {
        this(java.util.EnumSet.allOf(NameSource.class));
    }

    /** @param sources the sources of names to use (for measuring what each contributes) */
    public PersonStage(Set<NameSource> sources) {
        this.sources = sources.isEmpty() ? java.util.EnumSet.noneOf(NameSource.class) : java.util.EnumSet.copyOf(sources);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.POS, Layers.NAMES, Layers.PLACES, Layers.AGENTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PERSONS);
    }

    /** A name found in the text before interpretation. */
    private record Candidate(int from, int to, double confidence) {
    }

    /** Role facts about one mention. */
    private record RoleInfo(String role, String country, String affiliation, int from, int to) {
    }

    @Override
    public void process(Article article) {
        TokenView tv = new TokenView(article);
        List<Candidate> candidates = candidates(tv, article);
        Map<String, String> fullNames = fullNames(tv, candidates);
        AgentRef[] agents = agentsByToken(tv, article.get(Layers.AGENTS));
        List<PersonMention> out = new ArrayList<>();
        RoleInfo previous = null;
        int previousEnd = -1;
        for (Candidate c : candidates) {
            String written = written(tv, c.from, c.to);
            String name = fullNames.getOrDefault(written, written);
            RoleInfo pre = roleBefore(tv, agents, c.from);
            if (pre == null && previous != null && c.from == previousEnd + 1 && tv.lower(previousEnd).equals("and")) {
                String[] pair = previous.to < tv.size() ? pairedCountries(tv, agents, previous.from) : null;
                pre = pair == null ? previous
                        : new RoleInfo(previous.role, pair[1], previous.affiliation, previous.from, previous.to);
            } else if (pre != null) {
                String[] pair = pairedCountries(tv, agents, pre.from);
                if (pair != null) {
                    pre = new RoleInfo(pre.role, pair[0], pre.affiliation, pre.from, pre.to);
                }
            }
            previous = pre;
            previousEnd = c.to;
            RoleInfo post = roleAfter(tv, c.to, candidates);
            String role = pre != null && pre.role != null && !(post != null && post.role != null && RANKS.contains(pre.role))
                    ? pre.role : post == null ? null : post.role;
            String country = firstNonNull(pre == null ? null : pre.country, post == null ? null : post.country,
                    countryOf(tv, c.to));
            String affiliation = firstNonNull(pre == null ? null : pre.affiliation,
                    post == null ? null : post.affiliation);
            Span span = tv.span(c.from, c.to);
            out.add(new PersonMention(span, article.text(span), name, role, country, affiliation, c.confidence));
        }
        out = shareListCountries(tv, out);
        out.addAll(roleReferences(tv, agents, out));
        out.sort(Comparator.comparing(PersonMention::span));
        article.put(Layers.PERSONS, out);
    }

    private List<Candidate> candidates(TokenView tv, Article article) {
        boolean[] blocked = blocked(tv, article);
        List<Candidate> found = new ArrayList<>();
        for (NameMention m : article.get(Layers.NAMES)) {
            if (m.type() != NameMention.NameType.PERSON || !sources.contains(NameSource.MODEL)) {
                continue;
            }
            int from = tv.tokenAt(m.span().start());
            int to = tv.tokenAt(m.span().end() - 1) + 1;
            if (from < 0 || to <= from) {
                continue;
            }
            while (from < to && (titleAt(tv, from) != null || honorific(tv, from)
                    || !tv.capitalized(from))) {
                Title t = titleAt(tv, from);
                from += t != null ? t.tokenCount() : 1;
            }
            if (m.confidence() >= MIN_MODEL_CONFIDENCE && !commonWords(tv, from, to)) {
                add(found, tv, blocked, from, to, m.confidence());
            }
        }
        for (int i = 0; i < tv.size(); i++) {
            Title t = sources.contains(NameSource.TITLE) ? titleAt(tv, i) : null;
            if (t != null) {
                int start = i + t.tokenCount();
                while (start < tv.size() && honorific(tv, start)) {
                    start++;
                }
                int end = nameEnd(tv, start);
                if (end > start) {
                    add(found, tv, blocked, start, end, 0.85);
                    // "Presidents Vladimir Putin and Volodymyr Zelenskyy"
                    if (end + 1 < tv.size() && tv.lower(end).equals("and")) {
                        int end2 = nameEnd(tv, end + 1);
                        if (end2 > end + 1 && end2 - end - 1 >= 2) {
                            add(found, tv, blocked, end + 1, end2, 0.8);
                        }
                    }
                }
            }
            if (sources.contains(NameSource.GIVEN_NAME) && tv.capitalized(i) && gaz.givenNames().contains(tv.word(i))
                    && !tv.possessive(i)) {
                int end = nameEnd(tv, i);
                if (end - i >= 2) {
                    add(found, tv, blocked, i, end, 0.75);
                }
            }
        }
        List<Candidate> merged = mergeOverlaps(found);
        addSurnameMentions(tv, blocked, merged);
        return mergeOverlaps(merged);
    }

    /** Tokens that cannot be part of a person's name: places, agents, masked text. */
    private static boolean[] blocked(TokenView tv, Article article) {
        boolean[] blocked = new boolean[tv.size()];
        for (int i = 0; i < tv.size(); i++) {
            blocked[i] = tv.masked(i);
        }
        for (PlaceMention p : article.get(Layers.PLACES)) {
            block(tv, blocked, p.span());
        }
        for (AgentRef a : article.get(Layers.AGENTS)) {
            block(tv, blocked, a.span());
        }
        return blocked;
    }

    private static void block(TokenView tv, boolean[] blocked, Span span) {
        int from = tv.tokenAt(span.start());
        int to = tv.tokenAt(Math.max(span.start(), span.end() - 1));
        for (int i = Math.max(0, from); i >= 0 && i <= to; i++) {
            blocked[i] = true;
        }
    }

    private void add(List<Candidate> found, TokenView tv, boolean[] blocked, int from, int to, double conf) {
        for (int i = from; i < to; i++) {
            if (blocked[i] || stopWord(tv, i)) {
                return;
            }
        }
        if (to - from > MAX_NAME || to <= from || ORG_HEADS.contains(tv.word(to - 1).toLowerCase(Locale.ROOT))
                || isInstitution(tv, from, to)) {
            return;
        }
        found.add(new Candidate(from, to, conf));
    }

    /**
     * True when token i cannot be part of a name. "He" is a surname when a capitalized word (a title)
     * comes before it and a capitalized word after it: "Vice Premier He Lifeng".
     */
    private static boolean stopWord(TokenView tv, int i) {
        return STOP.contains(tv.lower(i)) && !surnameHe(tv, i);
    }

    private static boolean surnameHe(TokenView tv, int i) {
        return tv.word(i).equals("He") && i > 0 && i + 1 < tv.size()
                && tv.get(i - 1).sentence() == tv.get(i).sentence() && tv.get(i + 1).sentence() == tv.get(i).sentence()
                && tv.capitalized(i - 1) && tv.capitalized(i + 1) && Character.isLetter(tv.word(i - 1).charAt(0));
    }

    /** An honorific ("Mr.", "H.E."), but not the surname "He" written after a title. */
    private boolean honorific(TokenView tv, int i) {
        return gaz.titles().isHonorific(tv.word(i)) && !surnameHe(tv, i);
    }

    /** True when the model's name is made of capitalized common words ("National Reconciliation"). */
    private boolean commonWords(TokenView tv, int from, int to) {
        if (gaz.givenNames().contains(tv.word(from))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (gaz.givenNames().isCapitalizedNonName(tv.word(k))) {
                return true;
            }
        }
        for (int k = from; k < to; k++) {
            if (!CommonWords.contains(tv.word(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the name, or the name with the capitalized word before it, is a known institution. */
    private boolean isInstitution(TokenView tv, int from, int to) {
        for (int start = Math.max(0, from - 1); start <= from; start++) {
            if (start < from && !tv.capitalized(start)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int k = start; k < to; k++) {
                words.add(tv.word(k));
            }
            var m = gaz.institutions().matchWithLength(words, 0);
            if (m.isPresent() && m.get().tokenCount() == words.size()) {
                return true;
            }
        }
        return false;
    }

    /** End of a run of capitalized name tokens starting at {@code from} (possessive ends it). */
    private int nameEnd(TokenView tv, int from) {
        int sentence = from < tv.size() ? tv.get(from).sentence() : -1;
        int i = from;
        while (i < tv.size() && i - from < MAX_NAME && tv.get(i).sentence() == sentence && tv.capitalized(i)
                && Character.isLetter(tv.get(i).text().codePointAt(0))
                && !stopWord(tv, i)
                && gaz.countries().byName(tv.word(i)).isEmpty() && gaz.countries().byDemonym(tv.word(i)).isEmpty()
                && titleAt(tv, i) == null) {
            i++;
            if (tv.possessive(i - 1)) {
                break;
            }
            // name particles inside a name: "Humberto de la Calle", "Musaad bin Mohammed Al-Aiban"
            int p = i;
            while (p < tv.size() && p - i < 2 && tv.get(p).sentence() == sentence && PARTICLES.contains(tv.lower(p))) {
                p++;
            }
            if (p > i && p < tv.size() && tv.get(p).sentence() == sentence && tv.capitalized(p)
                    && titleAt(tv, p) == null) {
                i = p;
            }
            // "Kim Jong-un", "Kim Yo-jong": a hyphen joining letters without spaces
            if (i + 1 < tv.size() && tv.get(i).text().equals("-") && adjacent(tv, i - 1, i) && adjacent(tv, i, i + 1)
                    && Character.isLetter(tv.get(i + 1).text().codePointAt(0))) {
                i += 2;
            }
        }
        return i;
    }

    /**
     * People listed together ("Secretary of State Mike Pompeo, National Security Adviser John
     * Bolton, White House Chief of Staff John Kelly and ...") share the one country the list
     * states for its members; a list whose members name different countries shares nothing.
     */
    private static List<PersonMention> shareListCountries(TokenView tv, List<PersonMention> people) {
        List<PersonMention> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing(PersonMention::span));
        List<PersonMention> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && listed(tv, sorted.get(j - 1), sorted.get(j))) {
                j++;
            }
            java.util.Set<String> countries = new java.util.HashSet<>();
            for (int k = i; k < j; k++) {
                if (sorted.get(k).countryCode() != null) {
                    countries.add(sorted.get(k).countryCode());
                }
            }
            for (int k = i; k < j; k++) {
                PersonMention p = sorted.get(k);
                if (j - i >= 3 && countries.size() == 1 && p.countryCode() == null && p.role() != null) {
                    p = new PersonMention(p.span(), p.text(), p.name(), p.role(), countries.iterator().next(),
                            p.affiliation(), p.confidence() * 0.8);
                }
                out.add(p);
            }
            i = j;
        }
        return out;
    }

    private static boolean listed(TokenView tv, PersonMention a, PersonMention b) {
        if (tv.sentenceOf(a.span()) != tv.sentenceOf(b.span()) || b.span().start() <= a.span().end()) {
            return false;
        }
        String between = tv.article().text().substring(a.span().end(), b.span().start());
        return LIST_GAP.matcher(between).matches();
    }

    /** The name as written, without a possessive ending, white space folded. */
    private static String written(TokenView tv, int from, int to) {
        return SPACES.matcher(tv.article().text(tv.span(from, to))).replaceAll(" ");
    }

    private static boolean adjacent(TokenView tv, int a, int b) {
        return tv.get(a).span().end() == tv.get(b).span().start();
    }

    private static List<Candidate> mergeOverlaps(List<Candidate> found) {
        found.sort(Comparator.comparingInt(Candidate::from).thenComparingInt(c -> -(c.to - c.from)));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && c.from < last.to) {
                if (c.to > last.to) {
                    out.set(out.size() - 1, new Candidate(last.from, c.to, Math.max(last.confidence, c.confidence)));
                }
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** Capitalized tokens equal to the surname of a full name found elsewhere in the article. */
    private void addSurnameMentions(TokenView tv, boolean[] blocked, List<Candidate> found) {
        Map<String, Boolean> surnames = new LinkedHashMap<>();
        for (Candidate c : found) {
            if (c.to - c.from >= 2) {
                surnames.put(tv.word(c.to - 1), true);
                surnames.putIfAbsent(tv.word(c.from), true);
            }
        }
        boolean[] covered = new boolean[tv.size()];
        for (Candidate c : found) {
            for (int i = c.from; i < c.to; i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < tv.size(); i++) {
            if (!covered[i] && !blocked[i] && tv.capitalized(i) && surnames.containsKey(tv.word(i))) {
                found.add(new Candidate(i, i + 1, 0.8));
            }
        }
    }

    /** Maps each written form to the fullest name in the article it stands for. */
    private static Map<String, String> fullNames(TokenView tv, List<Candidate> candidates) {
        List<String> full = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.to - c.from >= 2) {
                full.add(written(tv, c.from, c.to));
            }
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String written = written(tv, c.from, c.to);
            if (c.to - c.from >= 2) {
                map.put(written, longestContaining(full, written));
                continue;
            }
            for (String f : full) {
                String[] parts = f.split(" ");
                if (parts[parts.length - 1].equals(written)
                        || parts[0].equals(written) && firstWordUnique(full, written)) {
                    map.put(written, f);
                    break;
                }
            }
            if (!map.containsKey(written) && full.stream().noneMatch(f -> f.endsWith(" " + written))) {
                // a family name written first ("Mr. Kim"): the first full name the article gives with it
                full.stream().filter(f -> f.startsWith(written + " ")).findFirst().ifPresent(f -> map.put(written, f));
            }
        }
        return map;
    }

    /** True when only one full name starts with the word and none ends with it. */
    private static boolean firstWordUnique(List<String> full, String word) {
        long starts = full.stream().map(f -> f.split(" ")).filter(p -> p[0].equals(word)).map(p -> String.join(" ", p))
                .distinct().count();
        boolean ends = full.stream().anyMatch(f -> f.endsWith(" " + word));
        return starts == 1 && !ends;
    }

    private static String longestContaining(List<String> full, String name) {
        String best = name;
        for (String f : full) {
            if (f.length() > best.length() && f.toLowerCase(Locale.ROOT).endsWith(" " + name.toLowerCase(Locale.ROOT))) {
                best = f;
            }
        }
        return best;
    }

    private Title titleAt(TokenView tv, int i) {
        if (i >= tv.size()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int sentence = tv.get(i).sentence();
        for (int k = i; k < Math.min(tv.size(), i + 6) && tv.get(k).sentence() == sentence; k++) {
            words.add(tv.word(k));
        }
        Optional<Title> t = gaz.titles().match(words, 0);
        if (t.isEmpty() && !words.isEmpty() && words.get(0).length() > 2 && words.get(0).endsWith("s")) {
            List<String> singular = new ArrayList<>(words);
            singular.set(0, words.get(0).substring(0, words.get(0).length() - 1));
            t = gaz.titles().match(singular, 0);
        }
        return t.orElse(null);
    }

    /** Title directly before the name, and the country or organization before the title. */
    private RoleInfo roleBefore(TokenView tv, AgentRef[] agents, int nameFrom) {
        int sentence = tv.get(nameFrom).sentence();
        if (nameFrom > 0 && tv.lower(nameFrom - 1).startsWith("counterpart")) {
            String[] ca = agentBefore(tv, agents, nameFrom - 1, sentence);
            return new RoleInfo(counterpartRole(tv, nameFrom - 1, sentence), ca[0], ca[1], nameFrom - 1, nameFrom);
        }
        for (int k = Math.max(0, nameFrom - 6); k < nameFrom; k++) {
            if (tv.get(k).sentence() != sentence) {
                continue;
            }
            Title t = titleAt(tv, k);
            if (t == null || k + t.tokenCount() != nameFrom) {
                continue;
            }
            String[] ca = agentWithin(tv, agents, k, nameFrom, sentence);
            return new RoleInfo(t.role(), ca[0], ca[1], k, nameFrom);
        }
        for (int k = Math.max(0, nameFrom - MAX_TAIL - 4); k < nameFrom; k++) {
            if (tv.get(k).sentence() != sentence) {
                continue;
            }
            Title t = titleAt(tv, k);
            int end = t == null ? -1 : k + t.tokenCount();
            if (t == null || end >= nameFrom || !isTitleTail(tv, end, nameFrom)) {
                continue;
            }
            String[] ca = agentWithin(tv, agents, k, end, sentence);
            String country = ca[0] != null ? ca[0] : countryInOfPhrase(tv, agents, end, nameFrom);
            String role = t.role() + " " + SPACES.matcher(tv.article().text(tv.span(end, nameFrom))).replaceAll(" ");
            return new RoleInfo(role, country, country == null ? ca[1] : null, k, nameFrom);
        }
        return null;
    }

    /**
     * True when tokens [from, to) are a prepositional tail between a title and a name: "of
     * Kazakhstan", "to the Republic of Kazakhstan", "for the Middle East and Africa at the Foreign
     * Ministry of Turkey". It starts with a preposition, ends with a capitalized word, and holds only
     * capitalized words and the function words of such names.
     */
    private static boolean isTitleTail(TokenView tv, int from, int to) {
        if (to - from < 2 || to - from > MAX_TAIL || !TAIL_PREPOSITIONS.contains(tv.lower(from))
                || !tv.capitalized(to - 1) && !tv.word(to - 1).equals(")")
                || tv.get(from).sentence() != tv.get(to).sentence()) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            String w = tv.lower(j);
            if (!tv.capitalized(j) && !TAIL_WORDS.contains(w) || Gazetteers.get().titles().isHonorific(tv.word(j))) {
                return false;
            }
        }
        return true;
    }

    /** The first country named after "of" in a title tail ("President of Kazakhstan"), or null. */
    private static String countryInOfPhrase(TokenView tv, AgentRef[] agents, int from, int to) {
        boolean of = false;
        for (int j = from; j < to; j++) {
            if (TAIL_PREPOSITIONS.contains(tv.lower(j))) {
                of = tv.lower(j).equals("of");
            } else if (of && agents[j] != null && agents[j].kind() == AgentRef.Kind.COUNTRY) {
                return agents[j].countryCode();
            }
        }
        return null;
    }

    /** True when a title, with or without a prepositional tail, ends right before token i. */
    private boolean titleEndsAt(TokenView tv, int i) {
        for (int k = Math.max(0, i - MAX_TAIL - 4); k < i; k++) {
            Title t = titleAt(tv, k);
            if (t != null && (k + t.tokenCount() == i || k + t.tokenCount() < i && isTitleTail(tv, k + t.tokenCount(), i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a title ending at {@code end} is followed by a prepositional tail and then a named person. */
    private static boolean tailBeforeName(TokenView tv, int end, List<PersonMention> named) {
        for (PersonMention p : named) {
            int start = tv.tokenAt(p.span().start());
            if (start > end && start - end <= MAX_TAIL && isTitleTail(tv, end, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Serbian and Kosovo PMs X and Y": two countries joined by "and" right before a plural title
     * at {@code title}; the first name takes the first, the second name the second. Null otherwise.
     */
    private String[] pairedCountries(TokenView tv, AgentRef[] agents, int title) {
        if (title < 3 || !tv.word(title).endsWith("s") || agents[title - 1] == null
                || agents[title - 1].kind() != AgentRef.Kind.COUNTRY) {
            return null;
        }
        int b = tv.tokenAt(agents[title - 1].span().start());
        if (b < 2 || !tv.lower(b - 1).equals("and") || agents[b - 2] == null
                || agents[b - 2].kind() != AgentRef.Kind.COUNTRY || tv.get(b - 2).sentence() != tv.get(title).sentence()) {
            return null;
        }
        return new String[] {agents[b - 2].countryCode(), agents[title - 1].countryCode()};
    }

    /** The role of the person named before "his Turkish counterpart" in the same sentence. */
    private String counterpartRole(TokenView tv, int counterpart, int sentence) {
        for (int k = counterpart - 1; k >= 0 && tv.get(k).sentence() == sentence; k--) {
            for (int start = Math.max(0, k - 5); start < k; start++) {
                Title t = titleAt(tv, start);
                if (t != null && start + t.tokenCount() == k + 1 && tv.capitalized(k + 1)) {
                    return t.role();
                }
            }
        }
        return null;
    }

    /** Country or organization inside the title tokens [k, end) ("Kremlin spokesman"), else just before it. */
    private static String[] agentWithin(TokenView tv, AgentRef[] agents, int k, int end, int sentence) {
        for (int j = k; j < end; j++) {
            if (agents[j] != null) {
                return side(agents[j]);
            }
        }
        return agentBefore(tv, agents, k, sentence);
    }

    /**
     * Country or organization named just before token k, across capitalized words and "top"/"chief"
     * ("Russian", "North Korea’s", "the White House", "United Nations").
     */
    private static String[] agentBefore(TokenView tv, AgentRef[] agents, int k, int sentence) {
        for (int j = k - 1; j >= Math.max(0, k - 4) && tv.get(j).sentence() == sentence; j--) {
            if (agents[j] != null) {
                return side(agents[j]);
            }
            String capitalOf = capitalCountry(tv, j);
            if (capitalOf != null) {
                return new String[] {capitalOf, null};
            }
            String tj = tv.get(j).text();
            boolean possessiveMark = tj.equals("’s") || tj.equals("'s") || tj.equals("-") || tj.equals("–")
                    || tj.equals(":") || tj.equals("s") && j > 0 && tv.get(j - 1).text().endsWith("’");
            if (!possessiveMark && !tv.capitalized(j) && !OFFICE_MODIFIERS.contains(tv.lower(j))) {
                break;
            }
        }
        return new String[] {null, null};
    }

    /** The country whose capital token j names when it stands for a government ("Kiev military spokesman"). */
    private static String capitalCountry(TokenView tv, int j) {
        if (!tv.capitalized(j) || j + 1 >= tv.size() || tv.capitalized(j + 1)) {
            return null;
        }
        Gazetteers g = Gazetteers.get();
        return g.cities().best(tv.word(j), null).filter(g.cities()::isCapital).map(c -> c.countryCode()).orElse(null);
    }

    private static String[] side(AgentRef a) {
        return a.kind() == AgentRef.Kind.COUNTRY ? new String[] {a.countryCode(), null} : new String[] {null, a.label()};
    }

    /** The agent mention covering each token, or null. */
    private static AgentRef[] agentsByToken(TokenView tv, List<AgentRef> refs) {
        AgentRef[] out = new AgentRef[tv.size()];
        for (AgentRef a : refs) {
            int from = tv.tokenAt(a.span().start());
            int to = tv.tokenAt(Math.max(a.span().start(), a.span().end() - 1));
            for (int i = Math.max(0, from); i >= 0 && i <= to; i++) {
                out[i] = a;
            }
        }
        return out;
    }

    private Optional<String> countryOf(String word) {
        return gaz.countries().byName(word).or(() -> gaz.countries().byDemonym(word)).map(c -> c.code());
    }

    private Optional<org.parley.extract.gazetteer.Institution> institution(String word) {
        return gaz.institutions().matchWithLength(List.of(word), 0).map(m -> m.value());
    }

    /** Apposition after the name: ", the head of the Russian delegation," / ", Ukraine's defence minister,". */
    private RoleInfo roleAfter(TokenView tv, int nameTo, List<Candidate> names) {
        if (nameTo < tv.size() && tv.get(nameTo).text().equals(":")) {
            return listEntryRole(tv, nameTo);
        }
        if (nameTo >= tv.size() || !tv.get(nameTo).text().equals(",")) {
            return null;
        }
        int sentence = tv.get(nameTo).sentence();
        int from = nameTo + 1;
        // "X, who was Colombia's interior minister during ..."
        if (from + 1 < tv.size() && tv.lower(from).equals("who") && RELATIVE_VERBS.contains(tv.lower(from + 1))) {
            from += 2;
        }
        int to = phraseEnd(tv, from, sentence);
        // a photo caption's position ("second from left,") before the apposition
        if (to < tv.size() && tv.get(to).text().equals(",")
                && CAPTION_POSITION.matcher(tv.article().text(tv.span(from, Math.max(from + 1, to)))).matches()) {
            from = to + 1;
            to = phraseEnd(tv, from, sentence);
        }
        if (to == from || APPOSITION_BLOCKERS.matcher(tv.pos(from)).matches() && titleAt(tv, from) == null
                && !TITLE_MODIFIERS.contains(tv.lower(from))) {
            return null;
        }
        java.util.Set<Integer> otherStarts = new java.util.HashSet<>();
        for (Candidate other : names) {
            if (other.from < from || other.from >= to) {
                continue;
            }
            // "X, Y" (a list of names) or "X, Russia's ambassador to Kiev Y": the title is Y's
            if (other.to == to || other.from <= from + 1 || !tv.possessive(other.to - 1) && titleEndsAt(tv, other.from)) {
                return null;
            }
            otherStarts.add(other.from);
        }
        int start = from;
        if (DETERMINERS.contains(tv.lower(start))) {
            start++;
        }
        String phrase = tv.article().text(tv.span(start, to));
        String lower = phrase.toLowerCase(Locale.ROOT);
        String role = null;
        if (HEAD_OF_TEAM.matcher(lower).matches()) {
            role = "Head of Delegation";
        }
        String country = null;
        String affiliation = null;
        for (int k = start; k < to; k++) {
            if (role == null) {
                Title t = titleAt(tv, k);
                if (t != null && k + t.tokenCount() <= to && !otherStarts.contains(k + t.tokenCount())) {
                    role = t.role();
                }
            }
            if (country == null && tv.capitalized(k)) {
                // "Greek-Cypriot": the community of the last part's country
                String w = tv.word(k);
                if (DOUBLE_NAME.matcher(w).matches()) {
                    w = DASH.split(w)[1];
                } else if (k + 1 < to && DASH_NAME.matcher(tv.word(k + 1)).matches()) {
                    w = tv.word(k + 1).substring(1);
                } else if (k + 2 < to && DASH.matcher(tv.word(k + 1)).matches() && tv.capitalized(k + 2)) {
                    w = tv.word(k + 2);
                }
                country = countryOf(w).orElse(null);
                if (country == null && affiliation == null) {
                    affiliation = institution(tv.word(k)).filter(in -> in.countryCode() == null)
                            .map(in -> in.canonical()).orElse(null);
                }
            }
        }
        if (role != null && role.split(" ").length == 1 && X_OF_Y.matcher(lower).matches()) {
            String kept = TRAILING_CLAUSE.matcher(phrase).replaceAll("");
            role = Character.toUpperCase(kept.charAt(0)) + kept.substring(1);
        }
        if (role == null && OFFICIAL_WORD.matcher(lower).matches()) {
            role = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        }
        if (role == null) {
            return null;
        }
        return new RoleInfo(role, country, affiliation, start, to);
    }

    /**
     * A "who's who" list entry: a line that starts with the name, a colon and the office ("• Jane
     * Roe: permanent representative to the EU"). The rest of the line is the role; a country named
     * in it is the country represented.
     */
    private RoleInfo listEntryRole(TokenView tv, int colon) {
        String text = tv.article().text();
        int nameStart = firstNameStart(tv, colon);
        int lineStart = text.lastIndexOf('\n', nameStart - 1) + 1;
        if (!LIST_BULLET.matcher(text.substring(lineStart, nameStart)).matches()) {
            return null;
        }
        int lineEnd = text.indexOf('\n', tv.get(colon).span().end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = colon + 1;
        int to = from;
        while (to < tv.size() && tv.get(to).span().end() <= lineEnd) {
            to++;
        }
        if (to - from < 2 || to - from > 16) {
            return null;
        }
        String phrase = text.substring(tv.get(from).span().start(), tv.get(to - 1).span().end()).trim();
        boolean office = OFFICE_WORDS.matcher(phrase).find();
        for (int k = from; k < to && !office; k++) {
            office = titleAt(tv, k) != null;
        }
        if (!office) {
            return null;
        }
        String country = null;
        for (int k = from; k < to && country == null; k++) {
            if (tv.capitalized(k)) {
                country = countryOf(tv.word(k)).orElse(null);
            }
        }
        return new RoleInfo(Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1), country, null, from, to);
    }

    /** Start of the capitalized run that ends before token {@code colon}, within its line. */
    private static int firstNameStart(TokenView tv, int colon) {
        int k = colon - 1;
        while (k > 0 && tv.capitalized(k - 1) && tv.get(k - 1).sentence() == tv.get(k).sentence()
                && tv.article().text().substring(tv.get(k - 1).span().end(), tv.get(k).span().start()).indexOf('\n') < 0) {
            k--;
        }
        return tv.get(k).span().start();
    }

    private static int phraseEnd(TokenView tv, int from, int sentence) {
        int to = from;
        while (to < tv.size() && tv.get(to).sentence() == sentence && to - from < 14
                && !tv.get(to).text().equals(",") && !tv.get(to).text().equals(".")) {
            to++;
        }
        return to;
    }

    /** "Mevlut Cavusoglu of Turkey". */
    private String countryOf(TokenView tv, int nameTo) {
        if (nameTo + 1 < tv.size() && tv.lower(nameTo).equals("of") && tv.capitalized(nameTo + 1)
                && tv.get(nameTo + 1).sentence() == tv.get(nameTo).sentence()) {
            return gaz.countries().byName(tv.word(nameTo + 1)).map(c -> c.code()).orElse(null);
        }
        return null;
    }

    /**
     * Role phrases without a name ("the Russian president", "a Kremlin spokesman", "Turkey's
     * president") linked to the nearest compatible named person within two sentences.
     */
    private List<PersonMention> roleReferences(TokenView tv, AgentRef[] agents, List<PersonMention> named) {
        List<PersonMention> out = new ArrayList<>();
        for (int i = 0; i < tv.size(); i++) {
            if (tv.masked(i)) {
                continue;
            }
            Title t = titleAt(tv, i);
            if (t == null) {
                continue;
            }
            int end = i + t.tokenCount();
            if (end < tv.size() && tv.capitalized(end) && tv.get(end).sentence() == tv.get(i).sentence()
                    && nameEnd(tv, end) > end) {
                i = end - 1;
                continue;
            }
            if (tailBeforeName(tv, end, named)) {
                i = end - 1;
                continue;
            }
            int sentence = tv.get(i).sentence();
            String[] ca = agentWithin(tv, agents, i, end, sentence);
            if (ca[0] == null) {
                i = end - 1;
                continue;
            }
            int det = i - 1;
            while (det >= 0 && tv.get(det).sentence() == sentence && (tv.capitalized(det) || tv.possessive(det))
                    && !DETERMINERS.contains(tv.lower(det))) {
                det--;
            }
            boolean definite = det >= 0 && DETERMINERS.contains(tv.lower(det));
            if (!definite) {
                i = end - 1;
                continue;
            }
            Span span = tv.span(Math.max(det, 0), end);
            boolean indefinite = !tv.lower(Math.max(det, 0)).equals("the");
            PersonMention target = link(tv, named, t.role(), ca[0], span, sentence, indefinite);
            if (target != null) {
                String role = target.role() == null ? t.role() : null;
                out.add(new PersonMention(span, tv.article().text(span), target.name(), role, ca[0], null, 0.6));
            }
            i = end - 1;
        }
        return out;
    }

    private PersonMention link(TokenView tv, List<PersonMention> named, String role, String country, Span span,
                               int sentence, boolean indefinite) {
        PersonMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        String head = lastWord(role);
        for (PersonMention p : named) {
            // "a U.S. official" is someone new; it only names a person met later under the same title
            if (indefinite && (p.role() == null || !lastWord(p.role()).equals(head) || p.span().start() < span.start())) {
                continue;
            }
            int ps = tv.sentenceOf(p.span());
            int distance = Math.abs(ps - sentence);
            if (distance > 2 || ps < 0) {
                continue;
            }
            boolean roleFits = p.role() == null || lastWord(p.role()).equals(head);
            boolean countryFits = p.countryCode() == null || p.countryCode().equals(country);
            boolean stronglyOther = p.role() != null && !lastWord(p.role()).equals(head);
            if (!roleFits || !countryFits || stronglyOther) {
                continue;
            }
            boolean exact = p.role() != null;
            int d = (exact ? 0 : 100_000) + distance * 10_000 + Math.abs(p.span().start() - span.start()) / 10;
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    private static String lastWord(String role) {
        String[] w = SPACES.split(role.toLowerCase(Locale.ROOT));
        return w[w.length - 1];
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
