package org.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.AgentKey;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.DateMention;
import org.parley.article.Evidenced;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.article.RoundMention;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.relevance.RelevanceGate;
import org.parley.nlp.Stage;

/**
 * Finds negotiation rounds: sentences that speak of talks, negotiations, rounds, meetings,
 * sessions, summits or dialogue, with what each says about one round (ordinal, date, place,
 * parties, mediator, participants, outcome, topics), gathered into rounds.
 *
 * <p>Within a sentence: the ordinal comes from "second round", "tenth meeting", "for the first
 * time" ("first day of talks" is not one); the date is a DATES mention within {@value #NEAR}
 * tokens of a trigger or of a meeting verb (held, met, attended...); places are place mentions
 * after a locative cue that do not stand for a government; parties are the countries and
 * organizations named in the sentence (by name, demonym, capital or institution) and the countries
 * of the people taking part, except those that are the venue, the mediator, or a border
 * ("Belarus-Ukraine border"); mediators come from "mediated/brokered/facilitated/hosted by X",
 * "X-brokered", "X, who took part as a facilitator"; a meeting "hosted by" a country that names no
 * other place is held in that country, and a side of the talks that hosts is not a mediator. A
 * round is announced when its sentence (or an earlier part of it) speaks of the future (will,
 * would, proposed, set to, plan...) and no date on or before publication is given. A sentence
 * listing a sequence of meetings ("..., which will be followed by a meeting of ..., and finally a
 * meeting of ...") gives one mention per meeting.
 *
 * <p>Across sentences: a mention joins the latest round of the same status unless their ordinals,
 * dates or places disagree; a mention of a meeting that ended at a vague past time ("concluded
 * last week") is an earlier round of its own; a sentence that only reports an outcome ("They
 * produced no breakthrough") joins the latest round. Rounds with none of ordinal, date or place
 * are dropped; rounds with fewer than two parties take the article's most frequent pair.
 *
 * <p>Requires SENTENCES, POS, DATES, PLACES, AGENTS, PERSONS, RELEVANCE, ARTICLE_RELEVANCE; provides
 * ROUNDS. Thread-safe (stateless).
 */
public final class RoundStage implements Stage {
    private static final Pattern AT_MOST_ONE_WORD = Pattern.compile("\\s*(?:[\\p{L}-]+\\s+)?");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[’'‘\"“”]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final int NEAR = 8;
    static final int NEAR_PLACE = 10;
    private static final double HEADLINE_DATE_CONFIDENCE = 0.4;
    private static final double LAST_DAY_CONFIDENCE = 0.35;
    private static final double SENTENCE_DATE_CONFIDENCE = 0.3;
    /** Dates at or below this confidence (headline dates, last days) never keep two mentions apart. */
    private static final double WEAK_DATE_CONFIDENCE = 0.45;
    private static final Set<String> PLACE_NOUNS = Set.of("region", "city", "cities", "capital", "town", "towns",
            "village", "border", "province", "oblast", "territory", "soil", "coast", "port", "resort", "airspace");
    private static final Set<String> EVENT_NOUNS = Set.of("war", "conflict", "invasion", "fighting", "crisis",
            "attack", "attacks", "strike", "strikes", "offensive", "violence", "shelling", "bombing", "troops",
            "forces", "operation", "situation", "refugees", "border");
    private static final CuedPattern CUED_TRIGGER = CuedPattern.compile(
            "\\b(peace talks|talks|negotiations?|negotiating session|round|meetings?|summit|session|dialogue|"
                    + "consultations|conference|ceasefire talks|discussions|sit down|sat down|negotiate)\\b"
                    + "|\\b(?:met|meet|meets)\\b(?=\\s+(?:in|at|with|on|for|face|again|behind|one|twice|privately|"
                    + "separately|today|yesterday|here|there|\\p{Lu}))"
                    + "|\\b(?:sign(?:ed|ing)?|initial(?:l)?(?:ed|ing)|clinched|struck)\\b[^.;]{0,60}?\\b(?:agreement|deal|accord|"
                    + "declaration|treaty|ceasefire|memorandum|framework)\\b"
                    + "|\\b(?:agreements?|deals?|accords?|declarations?|treaty|treaties)\\b[^.;]{0,40}?\\b(?:signed|initial(?:l)?ed|reached)\\b");
    private static final Pattern TRIGGER = CUED_TRIGGER.pattern();
    private static final Pattern OTHER_EVENT = Pattern.compile(
            "\\b(?:last time|previous(?:ly)?|earlier|since|like|until|ago|prior to|before)\\b[^,.;]{0,26}$",
            Pattern.CASE_INSENSITIVE);
    /** A trigger noun right after "previous"/"last"/"earlier": the date names an earlier round. */
    private static final Pattern PREVIOUS_ROUND = Pattern.compile(
            "\\b(?:previous|last|earlier|prior)\\s+(?:round|meeting|session|talks|negotiations)\\b[^,.;]{0,26}$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A finished meeting placed only vaguely in the past ("concluded last week", "met a month ago"):
     * an earlier round than the one the article reports, not a part of it.
     */
    private static final Pattern VAGUE_PAST = Pattern.compile(
            "\\b(?:concluded|ended|held|met|took place|wrapped up|inaugurated)\\b[^.;]{0,100}?\\b(?:last (?:week|month|year)"
                    + "|earlier this (?:week|month|year)|(?:a|one|two|three|several|a few) (?:weeks?|months?) ago)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words before a date that make it the last day, not the start ("scheduled to complete on"). */
    private static final Pattern END_DATE = Pattern.compile(
            "\\b(?:complete[ds]?|end(?:s|ed)?|conclude[ds]?|close[ds]?|wrap(?:ped)? up|last(?:ing)? until|run until|"
                    + "collapsed|broke up|(?:sputtered|fizzled|petered) out|through|till|until)\\s+(?:on\\s+)?(?:the\\s+|early\\s+|late\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** How long a round under way will last: not an announcement ("are expected to last for a week"). */
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:are|is)\\s+(?:expected|set|due|scheduled|likely)\\s+to\\s+(?:last|continue|run|complete|end|conclude|close)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Verbs of a round's start, or of the signing that is the round; "began ... on June 28" and
     * "initialled by both technical teams on June 18" date the round across a longer phrase.
     */
    private static final Pattern START_VERB = Pattern.compile(
            "\\b(?:began|begun|started|opened|kicked off|convened|got under way|signed|inked|initial(?:l)?ed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int NEAR_START = 12;
    /** A round under way at publication: "has started", "have opened", "is under way". */
    private static final Pattern UNDER_WAY = Pattern.compile(
            "\\b(?:has|have)\\s+(?:\\w+\\s+)?(?:started|begun|opened|kicked off|kickstarted|got under way|resumed)\\b"
                    + "|\\b(?:is|are)\\s+(?:now\\s+)?under\\s?way\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Where a sentence moves on to the next meeting of a sequence: "..., which will be followed by
     * a meeting of ...", "and finally a meeting of ...", ", then talks in ...".
     */
    private static final Pattern NEXT_IN_SEQUENCE = Pattern.compile(
            ",?\\s*\\b(?:(?:which|that)\\s+(?:will|would|is to|was)\\s+be\\s+)?followed\\s+by\\b"
                    + "|,?\\s*\\band\\s+(?:finally|then|later|lastly)\\b|,\\s*(?:then|after which)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HERE = Pattern.compile(
            "\\b(?:talks|meeting|summit|negotiations|met|meet|signed|session)\\s+(?:\\w+\\s+)?here\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_SUBJECT_PREFIX = Pattern.compile("VB.*|MD|IN|TO|W.*");
    private static final Pattern SUBORDINATE = Pattern.compile(
            "(?:,\\s*|\\s)(?:as|while|because|since|although|though|when|whereas|where|which)\\s", Pattern.CASE_INSENSITIVE);
    /** A trigger this close to the start of the sentence is its subject: the whole sentence speaks of it. */
    private static final int SUBJECT_CHARS = 40;
    /** A party's own verb of taking part, after its name ("... attended", "... held talks"). */
    private static final Pattern PARTICIPATES_AFTER = Pattern.compile("^[^.;]{0,160}?\\b(attend|attended|attends|met|"
            + "meet|meets|meeting|held talks|hold talks|negotiated|sat down|signed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKS_AFTER = Pattern.compile("^[^.;]{0,160}?\\b(said|says|told)\\b");
    /** A party named in a list after "with", "between" or "and" (in lower-cased text before it). */
    private static final Pattern PARTY_BEFORE = Pattern.compile("\\b(with|between|and)\\s+(\\S+\\s+){0,6}$");
    private static final Pattern MEETING_BEFORE = Pattern.compile("\\b(talks|meeting|met|meet|negotiations|attended|summit)\\b");
    private static final Pattern MEET_VERB = Pattern.compile(
            "\\b(met|meet|meets|meeting|held|hold|holds|attend|attended|attends|began|begun|opened|ended|"
                    + "concluded|convened|took place|wrapped up|sat down|negotiated|signed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                    + "\\d{1,2}(?:st|nd|rd|th))\\s+(?:(?:and\\s+)?(?:final\\s+|formal\\s+|direct\\s+|official\\s+)?)"
                    + "(round|session|meeting|summit)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_TIME = Pattern.compile("\\bfor the first time\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|would|shall|proposed|planned|plans? to|set to|expected to|due to|to be held|scheduled|"
                    + "upcoming|next week|agreed to meet|ready to|prepared to|could|(?<!\\d\\s)may(?!\\s+\\d))\\b", Pattern.CASE_INSENSITIVE);
    private static final CuedPattern CUED_OUTCOME = CuedPattern.compile(
            "\\b(no (?:immediate |major |real |significant )?(?:breakthroughs?|progress|deal|agreement)"
                    + "(?:['’]? (?:on|towards?|toward) (?:a |an |the )?(?:cease-?fire|truce|peace|deal|agreement|settlement|"
                    + "withdrawal|sanctions|prisoner exchange|humanitarian corridors?))?|"
                    + "without (?:any |a )?(?:immediate |major )?(?:breakthroughs?|progress|deal|agreement)|"
                    + "(?:reached|signed|agreed(?: on)?) (?:an?|the) (?:[a-z-]+ )?(?:agreement|deal|ceasefire|cease-fire|accord|framework)|"
                    + "little progress|ended in failure|failed to reach (?:an? )?(?:agreement|deal))");
    private static final Pattern OUTCOME = CUED_OUTCOME.pattern();
    private static final Pattern MEDIATED = Pattern.compile(
            "\\b(mediated|brokered|facilitated|hosted|sponsored|chaired|organi[sz]ed|coordinated|convened) by\\b|"
                    + "\\bunder the auspices of\\b|\\bin the presence of\\b|"
                    + "\\bas (?:a |the )?(facilitator|mediator|host)\\b|"
                    + "\\bwho (?:facilitated|mediated|brokered|hosted|chaired|coordinated)\\b|"
                    + "\\b(?:for|by) hosting\\b|"
                    + "\\b[\\w.]+-(?:brokered|mediated|hosted|facilitated|coordinated|backed|sponsored)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> TOPICS = new LinkedHashMap<>();
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "inside");

    static {
        TOPICS.put("\\bcease-?fires?\\b|\\btruce\\b", "ceasefire");
        TOPICS.put("\\bhumanitarian corridors?\\b", "humanitarian corridors");
        TOPICS.put("\\bprisoners? (?:exchange|swap)s?\\b|\\bexchange of prisoners\\b", "prisoner exchange");
        TOPICS.put("\\bwithdrawal of (?:\\w+ )?(?:troops|forces)\\b", "troop withdrawal");
        TOPICS.put("\\bsanctions\\b", "sanctions");
        TOPICS.put("\\bsecurity guarantees?\\b", "security guarantees");
        TOPICS.put("\\bnuclear\\b", "nuclear issues");
        TOPICS.put("\\bgrain\\b", "grain exports");
        TOPICS.put("\\bhumanitarian (?:aid|issues|access|situation)\\b", "humanitarian issues");
        TOPICS.put("\\bevacuat\\w+\\b", "evacuation");
        TOPICS.put("\\btrade\\b|\\btariffs?\\b", "trade");
        TOPICS.put("\\bpeace (?:agreement|deal|accord|plan)\\b", "peace agreement");
    }

    private static final Map<CuedPattern, String> TOPIC_PATTERNS = new LinkedHashMap<>();

    static {
        TOPICS.forEach((k, v) -> TOPIC_PATTERNS.put(CuedPattern.compile(k), v));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.POS, Layers.PUBLICATION_DATE, Layers.DATES, Layers.PLACES, Layers.AGENTS,
                Layers.PERSONS, Layers.RELEVANCE, Layers.ARTICLE_RELEVANCE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ROUNDS);
    }

    /** A round being assembled from its sentences. */
    private static final class Builder {
        final List<Span> spans = new ArrayList<>();
        Evidenced<Integer> ordinal;
        Evidenced<LocalDate> date;
        final List<Evidenced<Place>> places = new ArrayList<>();
        final List<Evidenced<AgentRef>> parties = new ArrayList<>();
        final List<Evidenced<AgentRef>> mediators = new ArrayList<>();
        final List<Evidenced<String>> mediatorPersons = new ArrayList<>();
        final List<Evidenced<String>> participants = new ArrayList<>();
        final List<Evidenced<String>> outcomes = new ArrayList<>();
        final List<Evidenced<String>> topics = new ArrayList<>();
        boolean announced;
        /** The sentence dates an earlier round ("the previous meeting ... on September 5"). */
        boolean previous;
        /** Keys of the countries named as hosts ("to be hosted by Uganda"). */
        final Set<AgentKey> hosts = new java.util.HashSet<>();
    }

    @Override
    public void process(Article article) {
        TokenView tv = new TokenView(article);
        String text = article.text();
        LocalDate published = article.get(Layers.PUBLICATION_DATE).stream().findFirst().orElse(null);
        List<Builder> rounds = new ArrayList<>();
        Map<String, String> personCountries = new LinkedHashMap<>();
        for (PersonMention p : article.get(Layers.PERSONS)) {
            if (p.countryCode() != null) {
                personCountries.putIfAbsent(p.name(), p.countryCode());
            }
        }
        PlaceMention dateline = dateline(article);
        Builder lastHeld = null;
        Builder lastAnnounced = null;
        for (Sentence sentence : article.get(Layers.SENTENCES)) {
            Span ss = sentence.span();
            int from = tv.sentenceFrom(sentence.index());
            if (from < tv.size() && tv.masked(from)) {
                continue;
            }
            String st = ss.of(text);
            String lower = st.toLowerCase(Locale.ROOT);
            Matcher trigger = CUED_TRIGGER.matcher(st, lower);
            boolean hasTrigger = trigger != null && trigger.find();
            Matcher outcome = CUED_OUTCOME.matcher(st, lower);
            boolean hasOutcome = outcome != null && outcome.find();
            boolean backReference = hasOutcome && lastHeld != null && startsWithReference(st);
            if (backReference) {
                lastHeld.outcomes.add(new Evidenced<>(clean(outcome.group()), shift(ss, outcome.start(), outcome.end()), 0.6));
                lastHeld.spans.add(ss);
            }
            if (!hasTrigger) {
                continue;
            }
            List<Span> segments = sequence(ss, st);
            boolean futureBefore = false;
            for (int g = 0; g < segments.size(); g++) {
                Span part = segments.get(g);
                Sentence piece = new Sentence(sentence.index(), part);
                Builder m = mention(article, tv, piece, part.of(text), published, personCountries, dateline,
                        futureBefore);
                futureBefore |= FUTURE.matcher(DURATION.matcher(part.of(text)).replaceAll(" ")).find();
                if (g == 0 && hasOutcome && !backReference) {
                    m.outcomes.add(new Evidenced<>(clean(outcome.group()), shift(ss, outcome.start(), outcome.end()), 0.7));
                }
                Builder[] last = place(rounds, m, lastHeld, lastAnnounced, published);
                lastHeld = last[0];
                lastAnnounced = last[1];
            }
        }
        rounds = mergeSameDay(rounds);
        List<AgentKey> pair = dominantPair(rounds);
        List<RoundMention> out = new ArrayList<>();
        for (Builder b : rounds) {
            boolean dated = b.date != null && b.date.confidence() > SENTENCE_DATE_CONFIDENCE;
            if (b.ordinal == null && !dated && b.places.isEmpty()) {
                continue;
            }
            // a side of the talks that hosts a round is its host, not a mediator between the sides
            b.mediators.removeIf(m -> b.hosts.contains(m.value().key()) && pair.contains(m.value().key()));
            Set<AgentKey> mediatorKeys = new java.util.HashSet<>();
            b.mediators.forEach(m -> mediatorKeys.add(m.value().key()));
            b.parties.removeIf(p -> mediatorKeys.contains(p.value().key()));
            if (distinctKeys(b.parties).size() < 2 && !pair.isEmpty()) {
                for (Evidenced<AgentRef> p : pairRefs(rounds, pair)) {
                    if (!distinctKeys(b.parties).contains(p.value().key())) {
                        b.parties.add(new Evidenced<>(p.value(), p.span(), 0.5));
                    }
                }
            }
            out.add(build(b));
        }
        article.put(Layers.ROUNDS, RelevanceGate.rounds(article, out));
    }

    /**
     * Adds a mention to the rounds: it joins the latest round of its status when they agree, the
     * round of its day when it names an earlier round, else it starts a round.
     *
     * @return the latest held and the latest announced round afterwards
     */
    private static Builder[] place(List<Builder> rounds, Builder m, Builder lastHeld, Builder lastAnnounced,
                                   LocalDate published) {
        Builder target = m.announced ? lastAnnounced : lastHeld;
        if (m.announced && m.date == null && m.ordinal == null && lastHeld != null && lastHeld.date != null
                && published != null && !lastHeld.date.value().isBefore(published)) {
            target = lastHeld;
        }
        Builder sameDay = m.previous ? sameDate(rounds, m) : null;
        if (sameDay != null) {
            merge(sameDay, m);
        } else if (m.previous) {
            rounds.add(m);
        } else if (target != null && compatible(target, m)) {
            merge(target, m);
        } else {
            rounds.add(m);
            if (m.announced) {
                lastAnnounced = m;
            } else {
                lastHeld = m;
            }
        }
        return new Builder[] {lastHeld, lastAnnounced};
    }

    /**
     * The parts of a sentence that each speak of one meeting of a sequence ("a face-to-face meeting
     * on July 29, which will be followed by a meeting of the defence attaches, and finally a meeting
     * of the border committee on Aug. 4"): cut where the next meeting is introduced, each part
     * with a trigger; a part without one joins the next (the last joins the one before). A
     * sentence with fewer than two such parts stays whole.
     */
    private static List<Span> sequence(Span ss, String st) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        Matcher m = NEXT_IN_SEQUENCE.matcher(st);
        while (m.find()) {
            if (m.start() > 0) {
                cuts.add(m.start());
            }
        }
        cuts.add(st.length());
        List<int[]> parts = new ArrayList<>();
        int pending = 0;
        for (int k = 1; k < cuts.size(); k++) {
            int end = cuts.get(k);
            if (TRIGGER.matcher(st.substring(pending, end)).find()) {
                parts.add(new int[] {pending, end});
                pending = end;
            }
        }
        if (parts.size() < 2) {
            return List.of(ss);
        }
        parts.get(parts.size() - 1)[1] = st.length();
        List<Span> out = new ArrayList<>();
        for (int[] p : parts) {
            out.add(shift(ss, p[0], p[1]));
        }
        return out;
    }

    private Builder mention(Article article, TokenView tv, Sentence sentence, String st, LocalDate published,
                            Map<String, String> personCountries, PlaceMention dateline, boolean futureBefore) {
        Span ss = sentence.span();
        String text = article.text();
        Builder b = new Builder();
        b.spans.add(ss);
        Matcher ord = ORDINAL.matcher(st);
        if (ord.find()) {
            b.ordinal = new Evidenced<>(ordinal(ord.group(1)), shift(ss, ord.start(), ord.end()), 0.9);
        } else {
            Matcher ft = FIRST_TIME.matcher(st);
            if (ft.find() && !st.substring(0, ft.start()).toLowerCase(Locale.ROOT).contains("first day")) {
                b.ordinal = new Evidenced<>(1, shift(ss, ft.start(), ft.end()), 0.6);
            }
        }
        List<int[]> anchors = anchors(st, ss.start());
        List<int[]> starts = new ArrayList<>();
        Matcher sv = START_VERB.matcher(st);
        while (sv.find()) {
            starts.add(new int[] {ss.start() + sv.start(), ss.start() + sv.end()});
        }
        boolean subject = subjectTrigger(tv, ss, st);
        int mainEnd = ss.start() + mainClauseEnd(st);
        for (DateMention d : article.get(Layers.DATES)) {
            boolean opening = d.span().start() - ss.start() < 12;
            boolean inSubjectClause = subject && d.span().start() < mainEnd;
            boolean startedOn = ss.contains(d.span()) && near(tv, starts, d.span(), NEAR_START)
                    && text.substring(Math.max(ss.start(), d.span().start() - 3), d.span().start()).equals("on ");
            if (!ss.contains(d.span()) || !(inSubjectClause || opening || startedOn || near(tv, anchors, d.span(), NEAR))) {
                continue;
            }
            String before = text.substring(Math.max(ss.start(), d.span().start() - 40), d.span().start());
            if (PREVIOUS_ROUND.matcher(before).find() && b.date == null) {
                b.date = new Evidenced<>(d.date(), d.span(), 0.8);
                b.previous = true;
                continue;
            }
            if (otherEvent(before)) {
                continue;
            }
            if (END_DATE.matcher(before).find()) {
                // the last day: the round's date only when the text gives no other
                if (b.date == null) {
                    b.date = new Evidenced<>(d.date(), d.span(), LAST_DAY_CONFIDENCE);
                }
                continue;
            }
            if (b.date == null || b.date.confidence() < 0.9 && !d.relative()) {
                b.date = new Evidenced<>(d.date(), d.span(), d.relative() ? 0.7 : 0.9);
            }
        }
        if (b.date == null) {
            // the one day the sentence gives: the round's date when nothing closer dates it
            List<DateMention> inSentence = new ArrayList<>();
            for (DateMention d : article.get(Layers.DATES)) {
                if (ss.contains(d.span()) && !otherEvent(text.substring(Math.max(ss.start(), d.span().start() - 40),
                        d.span().start()))) {
                    inSentence.add(d);
                }
            }
            if (!inSentence.isEmpty() && inSentence.stream().allMatch(d -> d.date().equals(inSentence.get(0).date()))) {
                b.date = new Evidenced<>(inSentence.get(0).date(), inSentence.get(0).span(), SENTENCE_DATE_CONFIDENCE);
            }
        }
        boolean future = futureBefore || FUTURE.matcher(DURATION.matcher(st).replaceAll(" ")).find();
        if (b.date == null && !future && VAGUE_PAST.matcher(st).find()) {
            b.previous = true;
        }
        b.announced = !b.previous && future && (b.date == null || published == null || b.date.value().isAfter(published));
        Matcher underWay = UNDER_WAY.matcher(st);
        if (b.date == null && published != null && !b.announced && underWay.find()) {
            b.date = new Evidenced<>(published, shift(ss, underWay.start(), underWay.end()), 0.5);
        }
        if (sentence.index() == 0 && b.date != null) {
            // a headline's date may belong to another event; the body's date for the round wins
            b.date = new Evidenced<>(b.date.value(), b.date.span(), HEADLINE_DATE_CONFIDENCE);
        }
        Set<AgentKey> placeCountries = new java.util.HashSet<>();
        for (PlaceMention p : article.get(Layers.PLACES)) {
            if (!ss.contains(p.span()) || p.actor()) {
                continue;
            }
            int t = tv.tokenAt(p.span().start());
            boolean locative = false;
            for (int k = t - 1; k >= Math.max(tv.sentenceFrom(sentence.index()), t - 4); k--) {
                if (tv.pos(k).startsWith("VB") || tv.lower(k).endsWith("ing") && tv.lower(k).length() > 5) {
                    break;
                }
                boolean of = tv.lower(k).equals("of") && k > 0 && PLACE_NOUNS.contains(tv.lower(k - 1));
                if (LOCATIVE.contains(tv.lower(k)) || of) {
                    locative = true;
                    break;
                }
            }
            boolean apposed = t > 0 && tv.get(t - 1).text().equals(",") && !b.places.isEmpty();
            boolean modifier = triggerFollows(st, p.span().end() - ss.start());
            if (p.place().kind() == Place.Kind.COUNTRY && (locative && !tv.lower(t - 1).equals("of") || modifier)) {
                placeCountries.add(AgentKey.country(p.place().countryCode()));
            }
            if (modifier && p.place().kind() == Place.Kind.COUNTRY) {
                continue;
            }
            boolean inSubjectClause = subject && p.span().start() < mainEnd;
            boolean nearTrigger = near(tv, anchors, p.span(), NEAR_PLACE);
            if (!nearTrigger && inSubjectClause && attachedToOtherNoun(tv, t)) {
                continue;
            }
            if ((locative || apposed || modifier) && (inSubjectClause || nearTrigger)
                    && !eventContext(tv, t) && !compoundSide(text, p.span())) {
                b.places.add(new Evidenced<>(p.place(), p.span(), p.confidence()));
            }
        }
        Matcher here = HERE.matcher(st);
        if (b.places.isEmpty() && here.find() && dateline != null) {
            b.places.add(new Evidenced<>(dateline.place(), shift(ss, here.start(), here.end()), 0.6));
        }
        Matcher med = MEDIATED.matcher(st);
        Set<AgentKey> mediatorKeys = new java.util.HashSet<>();
        Set<String> mediatorNames = new java.util.HashSet<>();
        while (med.find()) {
            mediators(article, tv, ss, st, med, b, mediatorKeys, mediatorNames);
        }
        List<PersonMention> persons = new ArrayList<>();
        for (PersonMention p : article.get(Layers.PERSONS)) {
            if (ss.contains(p.span())) {
                persons.add(p);
            }
        }
        for (PersonMention p : persons) {
            if (mediatorNames.contains(p.name()) || !participates(st, p.span().start() - ss.start(), p.span().end() - ss.start())) {
                continue;
            }
            b.participants.add(new Evidenced<>(p.name(), p.span(), 0.7));
            String cc = personCountries.get(p.name());
            if (cc != null) {
                AgentRef ref = AgentRef.country(p.span(), p.text(), cc, cc, AgentRef.Form.NAME);
                b.parties.add(new Evidenced<>(ref, p.span(), 0.6));
            }
        }
        for (AgentRef a : article.get(Layers.AGENTS)) {
            if (!ss.contains(a.span()) || mediatorKeys.contains(a.key())
                    || placeCountries.contains(a.key()) && !triggerFollows(st, a.span().end() - ss.start())) {
                continue;
            }
            if (a.kind() == AgentRef.Kind.ORGANIZATION && a.form() != AgentRef.Form.NAME || modifiesPlace(tv, a)) {
                continue;
            }
            b.parties.add(new Evidenced<>(a, a.span(), a.form() == AgentRef.Form.NAME ? 0.75 : 0.65));
        }
        b.parties.removeIf(p -> mediatorKeys.contains(p.value().key()));
        String lower = st.toLowerCase(Locale.ROOT);
        for (Map.Entry<CuedPattern, String> topic : TOPIC_PATTERNS.entrySet()) {
            Matcher tm = topic.getKey().matcher(st, lower);
            if (tm != null && tm.find()) {
                b.topics.add(new Evidenced<>(topic.getValue(), shift(ss, tm.start(), tm.end()), 0.6));
            }
        }
        return b;
    }

    private void mediators(Article article, TokenView tv, Span ss, String st, Matcher med, Builder b,
                           Set<AgentKey> keys, Set<String> names) {
        int at = ss.start() + med.start();
        int end = ss.start() + med.end();
        String g = med.group().toLowerCase(Locale.ROOT);
        boolean before = g.startsWith("as ") || g.startsWith("who ") || g.contains("-") || g.endsWith("hosting");
        PersonMention person = null;
        for (PersonMention p : article.get(Layers.PERSONS)) {
            if (!ss.contains(p.span())) {
                continue;
            }
            if (!before && p.span().start() >= end && p.span().start() - end < 40
                    || before && p.span().end() <= at && at - p.span().end() < 80) {
                if (person == null || before) {
                    person = p;
                }
            }
        }
        AgentRef agent = null;
        for (AgentRef a : article.get(Layers.AGENTS)) {
            if (!ss.contains(a.span())) {
                continue;
            }
            boolean inCompound = a.span().start() >= at && a.span().end() <= end;
            boolean after = !before && a.span().start() >= end && a.span().start() - end < 30;
            if (inCompound || after) {
                agent = a;
                break;
            }
        }
        if (before && person == null && agent == null) {
            for (AgentRef a : article.get(Layers.AGENTS)) {
                if (ss.contains(a.span()) && a.span().end() <= at && at - a.span().end() < 60) {
                    agent = a;
                }
            }
        }
        if (person != null) {
            b.mediatorPersons.add(new Evidenced<>(person.name(), person.span(), 0.75));
            names.add(person.name());
            if (agent == null && person.countryCode() != null) {
                agent = AgentRef.country(person.span(), person.text(), person.countryCode(),
                        person.countryCode(), AgentRef.Form.NAME);
            } else if (agent == null && person.affiliation() != null) {
                agent = AgentRef.organization(person.span(), person.text(), person.affiliation(), AgentRef.Form.NAME);
            }
        }
        if (agent != null) {
            b.mediators.add(new Evidenced<>(agent, new Span(Math.min(at, agent.span().start()),
                    Math.max(end, agent.span().end())), 0.75));
            keys.add(agent.key());
            if (g.startsWith("hosted") && agent.kind() == AgentRef.Kind.COUNTRY && person == null) {
                b.hosts.add(agent.key());
                hostCountryAsPlace(b, agent);
            }
        }
    }

    /** A meeting "hosted by Uganda" that names no other place is held in the host country. */
    private static void hostCountryAsPlace(Builder b, AgentRef host) {
        if (!b.places.isEmpty() || host.form() == AgentRef.Form.CAPITAL) {
            return;
        }
        Gazetteers.get().countries().byCode(host.key().id())
                .ifPresent(c -> b.places.add(new Evidenced<>(PlaceStage.countryPlace(c), host.span(), 0.6)));
    }

    private static boolean participates(String st, int start, int end) {
        String after = st.substring(Math.min(end, st.length()));
        String before = st.substring(0, Math.max(0, start)).toLowerCase(Locale.ROOT);
        boolean subject = PARTICIPATES_AFTER.matcher(after).find()
                && !SPEAKS_AFTER.matcher(after.substring(0, Math.min(after.length(), 40))).find();
        boolean object = PARTY_BEFORE.matcher(before).find() && MEETING_BEFORE.matcher(before).find();
        return (subject || object) && !proposedMeeting(st, start);
    }

    /** True when a demonym or country modifies a place noun ("Belarussian region", "Ukrainian cities"). */
    private static boolean modifiesPlace(TokenView tv, AgentRef a) {
        int t = tv.tokenAt(a.span().end() - 1);
        for (int k = t + 1; k < Math.min(tv.size(), t + 3); k++) {
            if (PLACE_NOUNS.contains(tv.lower(k))) {
                return true;
            }
            if (!tv.pos(k).startsWith("JJ") && !tv.lower(k).equals("'s") && !tv.lower(k).equals("’s")) {
                break;
            }
        }
        return false;
    }

    /** The place of a dateline ("PUTRAJAYA, Malaysia, July 28 (Xinhua) --"): an upper-case place opening a line. */
    private static PlaceMention dateline(Article article) {
        String text = article.text();
        for (PlaceMention p : article.get(Layers.PLACES)) {
            int s = p.span().start();
            boolean lineStart = s == 0 || text.charAt(s - 1) == '\n';
            if (lineStart && p.text().equals(p.text().toUpperCase(Locale.ROOT)) && p.text().length() > 2
                    && p.place().kind() != Place.Kind.COUNTRY) {
                return p;
            }
        }
        return null;
    }

    /** True when the words before a date point to another event ("like last time on", "since", "earlier"). */
    private static boolean otherEvent(String before) {
        return OTHER_EVENT.matcher(before).find();
    }

    /** True when the sentence's subject is a round ("The talks, held at ...", "Peace talks between ..."). */
    private static boolean subjectTrigger(TokenView tv, Span sentence, String st) {
        Matcher m = TRIGGER.matcher(st);
        if (!m.find() || m.start() >= SUBJECT_CHARS) {
            return false;
        }
        int t = tv.tokenAt(sentence.start() + m.start());
        for (int k = tv.tokenAt(sentence.start()); k >= 0 && k < t; k++) {
            if (NOT_SUBJECT_PREFIX.matcher(tv.pos(k)).matches() && !tv.lower(k).equals("following")) {
                return false;
            }
        }
        return true;
    }

    /** The part of a sentence up to its first subordinate clause (", as", "while", "after"...). */
    private static int mainClauseEnd(String st) {
        Matcher m = SUBORDINATE.matcher(st);
        return m.find() ? m.start() : st.length();
    }

    /** True when a trigger noun follows right after the offset ("Colombia talks", "Astana negotiations"). */
    private static boolean triggerFollows(String st, int end) {
        String rest = st.substring(Math.min(end, st.length()));
        Matcher m = TRIGGER.matcher(rest);
        return m.find() && AT_MOST_ONE_WORD.matcher(rest.substring(0, m.start())).matches() && m.start() < 20;
    }

    /**
     * True when the place names one side of a hyphenated pair ("the Belgrade-Pristina dialogue"):
     * the capitals stand for the sides, not for the venue.
     */
    private static boolean compoundSide(String text, Span place) {
        boolean joinedBefore = place.start() > 1 && "-–".indexOf(text.charAt(place.start() - 1)) >= 0
                && Character.isLetter(text.charAt(place.start() - 2));
        boolean joinedAfter = place.end() + 1 < text.length() && "-–".indexOf(text.charAt(place.end())) >= 0
                && Character.isUpperCase(text.charAt(place.end() + 1));
        return joinedBefore || joinedAfter;
    }

    /**
     * True when the locative phrase before the place hangs on a noun that is not a round ("common
     * travel area in Ireland"): the place is that thing's, not the meeting's.
     */
    private static boolean attachedToOtherNoun(TokenView tv, int placeToken) {
        int k = placeToken - 1;
        if (k > 0 && tv.lower(k).equals("the")) {
            k--;
        }
        if (k < 1 || !LOCATIVE.contains(tv.lower(k))) {
            return false;
        }
        String head = tv.lower(k - 1);
        return tv.pos(k - 1).startsWith("NN") && !TRIGGER.matcher(head).find() && !tv.capitalized(k - 1);
    }

    /** True when a place follows "war in", "attack on", "fighting near": where the war is, not the talks. */
    private static boolean eventContext(TokenView tv, int placeToken) {
        int from = Math.max(0, placeToken - 4);
        for (int k = placeToken - 1; k >= from; k--) {
            if (EVENT_NOUNS.contains(tv.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the person at {@code start} belongs to a meeting that is only proposed: the
     * nearest trigger before it opens a clause with a future marker ("direct talks between X and
     * Y that would be facilitated by...").
     */
    private static boolean proposedMeeting(String st, int start) {
        Matcher m = TRIGGER.matcher(st);
        int from = -1;
        int to = st.length();
        while (m.find()) {
            if (m.end() <= start) {
                from = m.start();
            } else if (m.start() > start) {
                to = m.start();
                break;
            }
        }
        return from >= 0 && FUTURE.matcher(st.substring(from, to)).find();
    }

    private static boolean startsWithReference(String st) {
        String l = st.toLowerCase(Locale.ROOT);
        return l.startsWith("they ") || l.startsWith("the talks") || l.startsWith("the meeting")
                || l.startsWith("it ") || l.startsWith("the negotiations") || l.startsWith("but ")
                || l.startsWith("however");
    }

    private static List<int[]> anchors(String st, int base) {
        List<int[]> out = new ArrayList<>();
        for (Pattern p : List.of(TRIGGER, MEET_VERB)) {
            Matcher m = p.matcher(st);
            while (m.find()) {
                out.add(new int[] {base + m.start(), base + m.end()});
            }
        }
        return out;
    }

    private static boolean near(TokenView tv, List<int[]> anchors, Span span, int window) {
        int t = tv.tokenAt(span.start());
        for (int[] a : anchors) {
            int at = tv.tokenAt(a[0]);
            int atEnd = tv.tokenAt(a[1] - 1);
            if (t >= 0 && at >= 0 && (Math.abs(t - atEnd) <= window || Math.abs(t - at) <= window)) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(Builder a, Builder m) {
        if (a.ordinal != null && m.ordinal != null && !a.ordinal.value().equals(m.ordinal.value())) {
            return false;
        }
        if (a.date != null && m.date != null && !a.date.value().equals(m.date.value())
                && a.date.confidence() > WEAK_DATE_CONFIDENCE && m.date.confidence() > WEAK_DATE_CONFIDENCE) {
            return false;
        }
        if (!a.places.isEmpty() && !m.places.isEmpty()) {
            String ca = a.places.get(0).value().countryCode();
            String cm = m.places.get(0).value().countryCode();
            return ca == null || cm == null || ca.equals(cm);
        }
        return true;
    }

    /** A round of the same date, or null. */
    private static Builder sameDate(List<Builder> rounds, Builder m) {
        for (Builder b : rounds) {
            if (b.date != null && m.date != null && b.date.value().equals(m.date.value())) {
                return b;
            }
        }
        return null;
    }

    /**
     * A round without a place joins the round of the same day that has one: "the teams held a
     * meeting on Saturday" and "the talks opened in Doha on Saturday" are one meeting.
     */
    private static List<Builder> mergeSameDay(List<Builder> rounds) {
        List<Builder> out = new ArrayList<>(rounds);
        for (Builder b : rounds) {
            if (!b.places.isEmpty() || b.date == null) {
                continue;
            }
            for (Builder other : out) {
                if (other != b && !other.places.isEmpty() && other.date != null
                        && other.date.value().equals(b.date.value()) && other.announced == b.announced
                        && (b.ordinal == null || other.ordinal == null || b.ordinal.value().equals(other.ordinal.value()))) {
                    merge(other, b);
                    out.remove(b);
                    break;
                }
            }
        }
        return out;
    }

    private static void merge(Builder into, Builder m) {
        into.spans.addAll(m.spans);
        if (into.ordinal == null) {
            into.ordinal = m.ordinal;
        }
        if (into.date == null || m.date != null && m.date.confidence() > into.date.confidence()) {
            into.date = m.date == null ? into.date : m.date;
        }
        into.places.addAll(m.places);
        into.parties.addAll(m.parties);
        into.mediators.addAll(m.mediators);
        into.mediatorPersons.addAll(m.mediatorPersons);
        into.participants.addAll(m.participants);
        into.outcomes.addAll(m.outcomes);
        into.topics.addAll(m.topics);
    }

    private static List<AgentKey> dominantPair(List<Builder> rounds) {
        Map<AgentKey, Integer> counts = new LinkedHashMap<>();
        for (Builder b : rounds) {
            List<AgentKey> keys = distinctKeys(b.parties);
            for (AgentKey k : keys) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        List<AgentKey> top = new ArrayList<>(counts.keySet());
        top.sort(Comparator.comparing((AgentKey k) -> -counts.get(k)));
        return top.size() >= 2 ? top.subList(0, 2) : List.of();
    }

    private static List<Evidenced<AgentRef>> pairRefs(List<Builder> rounds, List<AgentKey> pair) {
        List<Evidenced<AgentRef>> out = new ArrayList<>();
        for (AgentKey key : pair) {
            for (Builder b : rounds) {
                Evidenced<AgentRef> hit = b.parties.stream().filter(p -> p.value().key().equals(key)).findFirst().orElse(null);
                if (hit != null) {
                    out.add(hit);
                    break;
                }
            }
        }
        return out;
    }

    private static List<AgentKey> distinctKeys(List<Evidenced<AgentRef>> refs) {
        List<AgentKey> out = new ArrayList<>();
        for (Evidenced<AgentRef> r : refs) {
            if (!out.contains(r.value().key())) {
                out.add(r.value().key());
            }
        }
        return out;
    }

    private static RoundMention build(Builder b) {
        Evidenced<Place> place = null;
        for (Evidenced<Place> p : b.places) {
            if (place == null || p.value().kind().ordinal() > place.value().kind().ordinal()) {
                place = p;
            }
        }
        return new RoundMention(List.copyOf(b.spans), null, b.ordinal, b.date, place, List.copyOf(b.places),
                List.copyOf(b.parties), List.copyOf(b.mediators), List.copyOf(b.mediatorPersons),
                List.copyOf(b.participants), List.copyOf(b.outcomes), List.copyOf(b.topics), b.announced);
    }

    private static int ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = ORDINALS.get(w);
        return n != null ? n : Integer.parseInt(NOT_DIGIT.matcher(w).replaceAll(""));
    }

    private static Span shift(Span sentence, int start, int end) {
        return new Span(sentence.start() + start, sentence.start() + end);
    }

    private static String clean(String outcome) {
        String bare = QUOTE_MARKS.matcher(outcome.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").trim();
    }
}
