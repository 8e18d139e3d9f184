package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.AgentKey;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.DelegationMention;
import org.parley.article.Evidenced;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.RoundMention;
import org.parley.article.Span;
import org.parley.extract.relevance.RelevanceGate;
import org.parley.nlp.Stage;

/**
 * Finds delegations (negotiating teams of one side) and who heads and belongs to them.
 *
 * <p>A delegation is named by a side before a team noun ("the Russian delegation", "Russia and
 * Ukraine’s delegations", "Ukrainian negotiators") or after it ("delegations from Ukraine and
 * Russia", "the delegation of Turkey"). Its head is a person whose role says so ("Vladimir
 * Medinsky, the head of the Russian delegation", "Top Russian negotiator X", "the delegation,
 * led by X"); its members are the round's participants from the same side and people listed after
 * "including". A delegation takes part in the round whose sentences mention it, else in the
 * article's nearest earlier round.
 *
 * <p>Requires POS, AGENTS, PERSONS, ROUNDS, RELEVANCE, ARTICLE_RELEVANCE; provides DELEGATIONS. Thread-safe (stateless).
 */
public final class DelegationStage implements Stage {
    /** A side at one round (-1: no round): the key under which a delegation is collected. */
    private record SideRound(AgentKey side, int round) {
    }

    private static final Set<String> TEAM = Set.of("delegation", "delegations", "negotiators", "negotiator",
            "negotiating", "team", "teams", "delegates");
    /** Words after which the people named are a delegation's members ("the team included X and Y"). */
    private static final Pattern MEMBERS_CUE = Pattern.compile(
            "\\b(?:included|includes|including|include|alongside|accompanied by|joined by)\\b", Pattern.CASE_INSENSITIVE);
    /** Nouns that make "the United Nations representatives" a group of its own, not a listed side. */
    private static final Set<String> PEOPLE_NOUNS = Set.of("representatives", "officials", "observers", "experts",
            "envoys", "staff", "mediators", "diplomats");
    /** Only an official's title between a team's side and a person ("Secretary General's Special Envoy on Syria"). */
    private static final Pattern TITLE_GAP = Pattern.compile(
            "(?:\\s*(?:\\p{Lu}[\\p{L}.-]*|’s|'s|of|on|for|the|to|and))*\\s*");
    /** The rest of a heading line after the delegation's name. */
    private static final Pattern HEADING_END = Pattern.compile("[^.!\\n]{0,20}[?:]\\s*");
    /** Bullet and space before a list entry's name, and the lines allowed between entries. */
    private static final Pattern ENTRY_START = Pattern.compile("[\\s•·*▪‣◦–-]*");
    private static final Pattern ENTRY_GAP = Pattern.compile("(?:\\n[^\\n]{0,40})*\\n?");
    /** A further side in an elliptical list of heads: "..., Iran - Deputy Foreign Minister X". */
    private static final Pattern LIST_SIDE = Pattern.compile("^\\s*(?:,|;|and)\\s*$");
    private static final Pattern LIST_DASH = Pattern.compile("^\\s*[-–—:]\\s*");
    private static final Pattern HEAD_ROLE = Pattern.compile(
            "head of delegation|chief negotiator|lead negotiator|top negotiator|negotiator|"
                    + "(?:head|leader|chief) of\\b.*\\b(?:delegation|team|negotiators)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LED_BY = Pattern.compile(
            "^\\s*(?:,\\s*)?(?:(?:is|was|will be|are|were)\\s+)?(?:co-)?(?:headed|led) by\\b[^.;]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADS = Pattern.compile(
            "\\b(?:led|headed|leads|heads|will head|will lead|is leading|is heading)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEAM_MODIFIERS = Pattern.compile(
            "government|rebel|rebels|military|negotiating|negotiation|peace|official|high-level|technical|\\d+-member"
                    + "|’s|'s");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.POS, Layers.AGENTS, Layers.PERSONS, Layers.ROUNDS, Layers.RELEVANCE,
                Layers.ARTICLE_RELEVANCE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DELEGATIONS);
    }

    /** A delegation being assembled. */
    private static final class Builder {
        Span span;
        AgentRef side;
        Evidenced<String> head;
        final List<Evidenced<String>> members = new ArrayList<>();
        int round;
    }

    @Override
    public void process(Article article) {
        TokenView tv = new TokenView(article);
        List<RoundMention> rounds = article.get(Layers.ROUNDS);
        List<AgentRef> agents = article.get(Layers.AGENTS);
        Map<SideRound, Builder> byKey = new LinkedHashMap<>();
        for (int i = 0; i < tv.size(); i++) {
            if (tv.masked(i) || !TEAM.contains(tv.lower(i))) {
                continue;
            }
            List<AgentRef> sides = sidesOf(tv, agents, i);
            if (sides.isEmpty() && i > 0 && (tv.lower(i - 1).equals("his") || tv.lower(i - 1).equals("her"))) {
                ownersDelegation(tv, article, rounds, byKey, i);
            }
            for (AgentRef side : sides) {
                if (side.kind() == AgentRef.Kind.COUNTRY || side.form() == AgentRef.Form.NAME) {
                    Span span = tv.get(i).span().union(side.span());
                    int round = roundOf(tv, rounds, span);
                    Builder b = byKey.computeIfAbsent(new SideRound(side.key(), round), k -> new Builder());
                    if (b.side == null) {
                        b.side = side;
                        b.span = span;
                        b.round = round;
                    }
                }
            }
        }
        for (PersonMention p : article.get(Layers.PERSONS)) {
            if (p.countryCode() == null && p.affiliation() == null || p.role() == null
                    || !HEAD_ROLE.matcher(p.role()).find()) {
                continue;
            }
            boolean chief = !p.role().equalsIgnoreCase("negotiator") || isTopNegotiator(article, p);
            int round = roundOf(tv, rounds, p.span());
            AgentRef side = p.countryCode() != null
                    ? AgentRef.country(p.span(), p.text(), p.countryCode(), p.countryCode(), AgentRef.Form.NAME)
                    : AgentRef.organization(p.span(), p.text(), p.affiliation(), AgentRef.Form.NAME);
            Builder b = find(byKey, side.key(), round);
            if (b == null) {
                b = new Builder();
                b.side = side;
                b.span = p.span();
                b.round = round;
                byKey.put(new SideRound(b.side.key(), round), b);
            }
            if (chief && b.head == null) {
                b.head = new Evidenced<>(p.name(), p.span(), 0.8);
            } else if (!p.name().equals(b.head == null ? null : b.head.value())) {
                b.members.add(new Evidenced<>(p.name(), p.span(), 0.6));
            }
        }
        ledBy(article, byKey);
        listedHeads(tv, article, byKey, rounds);
        listedMembers(tv, article, byKey);
        whosWho(article, byKey);
        for (Builder b : byKey.values()) {
            if (b.round < 0) {
                continue;
            }
            RoundMention r = rounds.get(b.round);
            for (Evidenced<String> person : r.participants()) {
                PersonMention pm = personAt(article, person.span());
                if (pm != null && pm.countryCode() != null && b.side.key().equals(AgentKey.country(pm.countryCode()))
                        && (b.head == null || !b.head.value().equals(pm.name()))
                        && b.members.stream().noneMatch(m -> m.value().equals(pm.name()))) {
                    b.members.add(new Evidenced<>(pm.name(), person.span(), 0.6));
                }
            }
        }
        List<DelegationMention> out = new ArrayList<>();
        for (Builder b : byKey.values()) {
            out.add(new DelegationMention(b.span, b.side, b.head, List.copyOf(b.members), b.round));
        }
        article.put(Layers.DELEGATIONS, RelevanceGate.delegations(article, out));
    }

    /**
     * "spotted in his delegation": the person the pronoun stands for (the nearest one named before
     * it, in this sentence or the one before, who represents a country) heads a delegation of the country that person represents.
     */
    private static void ownersDelegation(TokenView tv, Article article, List<RoundMention> rounds,
                                         Map<SideRound, Builder> byKey, int team) {
        int at = tv.get(team - 1).span().start();
        int sentence = tv.get(team).sentence();
        PersonMention owner = null;
        String cc = null;
        for (PersonMention p : article.get(Layers.PERSONS)) {
            int ps = tv.sentenceOf(p.span());
            String country = countryOfPerson(article, p.name());
            if (p.span().end() <= at && ps >= sentence - 1 && ps <= sentence && country != null) {
                owner = p;
                cc = country;
            }
        }
        if (owner == null) {
            return;
        }
        AgentRef side = AgentRef.country(owner.span(), owner.text(), cc, cc, AgentRef.Form.NAME);
        int round = roundOf(tv, rounds, tv.get(team).span());
        Builder b = find(byKey, side.key(), round);
        if (b == null) {
            b = new Builder();
            b.side = side;
            b.span = tv.get(team - 1).span().union(tv.get(team).span());
            b.round = round;
            byKey.put(new SideRound(side.key(), round), b);
        }
        if (b.head == null) {
            b.head = new Evidenced<>(owner.name(), owner.span(), 0.6);
        }
        // "Kim Yo-jong, Mr. Kim's sister, was also spotted in his delegation": the subject is a member
        for (PersonMention p : article.get(Layers.PERSONS)) {
            if (tv.sentenceOf(p.span()) == sentence && p.span().end() <= at && !p.name().equals(owner.name())
                    && !p.name().equals(b.head.value()) && b.members.stream().noneMatch(m -> m.value().equals(p.name()))) {
                b.members.add(new Evidenced<>(p.name(), p.span(), 0.55));
            }
        }
    }

    /** A country any mention of the person gives, or null. */
    private static String countryOfPerson(Article article, String name) {
        for (PersonMention p : article.get(Layers.PERSONS)) {
            if (p.name().equals(name) && p.countryCode() != null) {
                return p.countryCode();
            }
        }
        return null;
    }

    /** The sides named around a team noun at token i. */
    private static List<AgentRef> sidesOf(TokenView tv, List<AgentRef> agents, int i) {
        int sentence = tv.get(i).sentence();
        List<AgentRef> out = new ArrayList<>();
        int k = i - 1;
        while (k >= 0 && k >= i - 3 && TEAM_MODIFIERS.matcher(tv.lower(k)).matches()) {
            k--;
        }
        if (k >= 0 && (tv.get(k).text().equals("’s") || tv.get(k).text().equals("'s"))) {
            k--;
        }
        if (k >= 0 && tv.get(k).sentence() == sentence) {
            AgentRef a = agentAt(agents, tv.get(k).span());
            if (a != null) {
                out.add(a);
                // "Russia and Ukraine’s delegations"
                if (k - 2 >= 0 && tv.lower(k - 1).equals("and")) {
                    AgentRef b = agentAt(agents, tv.get(k - 2).span());
                    if (b != null) {
                        out.add(0, b);
                    }
                }
                return out;
            }
        }
        int j = i + 1;
        if (j < tv.size() && (tv.lower(j).equals("from") || tv.lower(j).equals("of"))) {
            for (int m = j + 1; m < Math.min(tv.size(), j + 12) && tv.get(m).sentence() == sentence; m++) {
                AgentRef a = agentAt(agents, tv.get(m).span());
                AgentRef next = m + 1 < tv.size() ? agentAt(agents, tv.get(m + 1).span()) : null;
                if (a != null && a.form() == AgentRef.Form.DEMONYM && next != null && next != a
                        && next.kind() == AgentRef.Kind.ORGANIZATION) {
                    continue;
                }
                int after = a == null ? -1 : tv.tokenAt(a.span().end() - 1) + 1;
                if (a != null && after < tv.size() && PEOPLE_NOUNS.contains(tv.lower(after))) {
                    // "and the United Nations representatives": a noun phrase of its own
                    break;
                }
                if (a != null) {
                    out.add(a);
                } else if (!tv.lower(m).equals("and") && !tv.lower(m).equals(",") && !tv.lower(m).equals("the")) {
                    break;
                }
            }
        }
        return out;
    }

    private static AgentRef agentAt(List<AgentRef> agents, Span token) {
        for (AgentRef a : agents) {
            if (a.span().overlaps(token)) {
                return a;
            }
        }
        return null;
    }

    private static int roundOf(TokenView tv, List<RoundMention> rounds, Span span) {
        int best = -1;
        for (int r = 0; r < rounds.size(); r++) {
            for (Span s : rounds.get(r).spans()) {
                if (s.contains(span)) {
                    return r;
                }
                if (s.end() <= span.start() && !rounds.get(r).announced()) {
                    best = r;
                }
            }
        }
        if (best < 0) {
            for (int r = 0; r < rounds.size(); r++) {
                if (!rounds.get(r).announced()) {
                    return r;
                }
            }
        }
        return best;
    }

    private static Builder find(Map<SideRound, Builder> byKey, AgentKey sideKey, int round) {
        Builder b = byKey.get(new SideRound(sideKey, round));
        if (b != null) {
            return b;
        }
        for (Builder x : byKey.values()) {
            if (x.side.key().equals(sideKey)) {
                return x;
            }
        }
        return null;
    }

    private static boolean isTopNegotiator(Article article, PersonMention p) {
        int from = Math.max(0, p.span().start() - 30);
        String before = article.text().substring(from, p.span().start()).toLowerCase(Locale.ROOT);
        return before.contains("top ") || before.contains("chief ") || before.contains("lead ");
    }

    /**
     * Heads named by "the Russian delegation, led by X" / "is headed by Russia's envoy X" (the first
     * person after "by") or by "X ... led the Saudi delegation" (the nearest person before the verb).
     */
    private static void ledBy(Article article, Map<SideRound, Builder> byKey) {
        String text = article.text();
        List<PersonMention> persons = article.get(Layers.PERSONS);
        for (Builder b : byKey.values()) {
            if (b.head != null) {
                continue;
            }
            int end = Math.min(text.length(), b.span.end() + 160);
            boolean sideAfter = b.side.span().start() > b.span.start();
            for (PersonMention p : persons) {
                if (p.span().start() >= b.span.end() && p.span().start() < end) {
                    String gap = text.substring(b.span.end(), p.span().start());
                    if (LED_BY.matcher(gap).find()) {
                        b.head = new Evidenced<>(p.name(), p.span(), 0.8);
                    } else if (sideAfter && TITLE_GAP.matcher(gap).matches()) {
                        // "a team of United Nations Special Envoy Jane Roe"
                        b.head = new Evidenced<>(p.name(), p.span(), 0.7);
                    }
                    break;
                }
            }
            if (b.head != null) {
                continue;
            }
            int from = Math.max(0, b.span.start() - 40);
            java.util.regex.Matcher leads = LEADS.matcher(text.substring(from, b.span.start()));
            if (leads.find()) {
                int verb = from + leads.start();
                PersonMention subject = null;
                for (PersonMention p : persons) {
                    if (p.span().end() <= verb && verb - p.span().end() < 200 && !text.substring(p.span().end(), verb).contains(".")) {
                        subject = p;
                    }
                }
                if (subject != null) {
                    b.head = new Evidenced<>(subject.name(), subject.span(), 0.75);
                }
            }
        }
    }

    /**
     * An elliptical list after a head: "The Russian delegation is headed by X, Iran - Deputy Foreign
     * Minister Y, Turkey - Z." Each country followed by a dash heads a delegation led by the next
     * person named.
     */
    private static void listedHeads(TokenView tv, Article article, Map<SideRound, Builder> byKey,
                                    List<RoundMention> rounds) {
        String text = article.text();
        List<PersonMention> persons = article.get(Layers.PERSONS);
        List<AgentRef> agents = article.get(Layers.AGENTS);
        for (Builder b : List.copyOf(byKey.values())) {
            if (b.head == null || b.head.span().start() < b.span.end()) {
                continue;
            }
            int sentence = tv.sentenceOf(b.head.span());
            int cursor = b.head.span().end();
            while (true) {
                AgentRef next = null;
                for (AgentRef a : agents) {
                    if (a.span().start() >= cursor && a.kind() == AgentRef.Kind.COUNTRY
                            && a.form() == AgentRef.Form.NAME && tv.sentenceOf(a.span()) == sentence) {
                        next = a;
                        break;
                    }
                }
                if (next == null || !LIST_SIDE.matcher(text.substring(cursor, next.span().start())).matches()
                        || !LIST_DASH.matcher(text.substring(next.span().end())).lookingAt()) {
                    break;
                }
                PersonMention head = null;
                for (PersonMention p : persons) {
                    if (p.span().start() > next.span().end() && tv.sentenceOf(p.span()) == sentence) {
                        head = p;
                        break;
                    }
                }
                if (head == null) {
                    break;
                }
                int round = roundOf(tv, rounds, next.span());
                if (find(byKey, next.key(), round) == null) {
                    Builder nb = new Builder();
                    nb.side = next;
                    nb.span = next.span();
                    nb.round = round;
                    nb.head = new Evidenced<>(head.name(), head.span(), 0.7);
                    byKey.put(new SideRound(next.key(), round), nb);
                }
                cursor = head.span().end();
            }
        }
    }

    /** People named after "included" / "alongside" in the sentence of a delegation are its members. */
    private static void listedMembers(TokenView tv, Article article, Map<SideRound, Builder> byKey) {
        String text = article.text();
        for (Builder b : byKey.values()) {
            int sentence = tv.sentenceOf(b.span);
            int cueEnd = -1;
            for (PersonMention p : article.get(Layers.PERSONS)) {
                if (p.span().start() < b.span.end() || tv.sentenceOf(p.span()) != sentence) {
                    continue;
                }
                if (cueEnd < 0) {
                    java.util.regex.Matcher m = MEMBERS_CUE.matcher(text.substring(b.span.end(), p.span().start()));
                    if (!m.find()) {
                        continue;
                    }
                    cueEnd = b.span.end() + m.end();
                }
                boolean isHead = b.head != null && b.head.value().equals(p.name());
                if (!isHead && b.members.stream().noneMatch(x -> x.value().equals(p.name()))) {
                    b.members.add(new Evidenced<>(p.name(), p.span(), 0.6));
                }
            }
        }
    }

    /**
     * A heading that names a delegation ("Who's who in the UK delegation?") followed by list lines
     * that each start with a person ("• Jane Roe: ..."): the people are its members, and the first
     * one listed heads it when nothing else names a head.
     */
    private static void whosWho(Article article, Map<SideRound, Builder> byKey) {
        String text = article.text();
        List<PersonMention> persons = article.get(Layers.PERSONS);
        for (Builder b : byKey.values()) {
            int lineEnd = text.indexOf('\n', b.span.end());
            if (lineEnd < 0 || !HEADING_END.matcher(text.substring(b.span.end(), lineEnd)).matches()) {
                continue;
            }
            int cursor = lineEnd;
            for (PersonMention p : persons) {
                if (p.span().start() < cursor) {
                    continue;
                }
                int lineStart = text.lastIndexOf('\n', p.span().start() - 1) + 1;
                String before = text.substring(lineStart, p.span().start());
                String gap = text.substring(cursor, lineStart);
                if (!ENTRY_START.matcher(before).matches() || !ENTRY_GAP.matcher(gap).matches()) {
                    if (p.span().start() > cursor && !text.substring(cursor, p.span().start()).contains("\n")) {
                        continue;
                    }
                    break;
                }
                if (b.head == null) {
                    b.head = new Evidenced<>(p.name(), p.span(), 0.6);
                } else if (!b.head.value().equals(p.name())
                        && b.members.stream().noneMatch(m -> m.value().equals(p.name()))) {
                    b.members.add(new Evidenced<>(p.name(), p.span(), 0.6));
                }
                int next = text.indexOf('\n', p.span().end());
                cursor = next < 0 ? text.length() : next;
            }
        }
    }

    private static PersonMention personAt(Article article, Span span) {
        for (PersonMention p : article.get(Layers.PERSONS)) {
            if (p.span().equals(span)) {
                return p;
            }
        }
        return null;
    }
}
