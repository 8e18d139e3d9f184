package org.parley.eval;

import static org.parley.eval.PyValues.list;
import static org.parley.eval.PyValues.or;
import static org.parley.eval.PyValues.repr;
import static org.parley.eval.PyValues.str;
import static org.parley.eval.PyValues.text;
import static org.parley.eval.PyValues.truthy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one article's query rows against its gold, rule for rule as the reference scorer's
 * {@code score.py} does (see {@link KgMatch} for the name and place rules): persons keyed by their
 * resource, with the country of matched persons; places other than countries, recall over the
 * gold's locative places; delegations as (side, head) pairs, a head not judged where the gold
 * names none for that side; rounds matched by city or venue, the date choosing among candidates
 * and compared where the gold gives a full date. Adds its counts to a {@link ReferenceScore} and
 * its misses as lines {@code ARTICLE: ...}. Not thread-safe (writes to the score it is given).
 */
final class ArticleMatch {
    private final String name;
    private final Map<String, Object> gold;
    private final ReferenceScore score;

    ArticleMatch(String name, Map<String, Object> gold, ReferenceScore score) {
        this.name = name;
        this.gold = gold;
        this.score = score;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object list) {
        return list instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static List<String> names(Map<String, Object> p) {
        List<String> out = new ArrayList<>();
        out.add(text(p.get("name")));
        if (p.get("aliases") instanceof List<?> aliases) {
            aliases.forEach(a -> out.add(text(a)));
        }
        return out;
    }

    private void miss(String line) {
        score.misses.add(name + ": " + line);
    }

    void persons(List<Map<String, String>> people) {
        List<Map<String, Object>> gp = objects(gold.get("persons"));
        Map<String, List<Map<String, String>>> pred = new LinkedHashMap<>();
        for (Map<String, String> r : people) {
            String n = text(r.get("name")).strip();
            if (!n.isEmpty()) {
                pred.computeIfAbsent(truthy(r.get("person")) ? r.get("person") : n, k -> new ArrayList<>()).add(r);
            }
        }
        int tpPred = 0;
        for (List<Map<String, String>> rows : pred.values()) {
            String n = rows.get(0).get("name");
            if (gp.stream().anyMatch(p -> names(p).stream().anyMatch(a -> KgMatch.samePerson(n, a)))) {
                tpPred++;
            } else {
                miss("person FP " + repr(n));
            }
        }
        int tpGold = 0;
        for (Map<String, Object> p : gp) {
            List<Map<String, String>> hit = new ArrayList<>();
            for (List<Map<String, String>> rows : pred.values()) {
                if (names(p).stream().anyMatch(a -> KgMatch.samePerson(rows.get(0).get("name"), a))) {
                    hit.addAll(rows);
                }
            }
            if (hit.isEmpty()) {
                miss("person FN " + repr(p.get("name")));
                continue;
            }
            tpGold++;
            if (truthy(p.get("country"))) {
                score.countryCount++;
                String want = KgMatch.countryKey(str(p.get("country")));
                if (hit.stream().anyMatch(r -> KgMatch.countryKey(text(r.get("country"))).equals(want))) {
                    score.countryRight++;
                } else {
                    List<Object> seen = new ArrayList<>();
                    hit.forEach(r -> seen.add(r.get("country")));
                    miss(str(p.get("name")) + " country " + repr(p.get("country")) + " not in "
                            + list(PyValues.head(seen, 3)));
                }
            }
        }
        score.add(ReferenceScore.PERSONS, tpPred, pred.size(), tpGold, gp.size());
    }

    void places(List<Map<String, String>> places) {
        List<Map<String, Object>> gpl = objects(gold.get("places"));
        List<Map<String, Object>> countries = gpl.stream().filter(p -> "country".equals(p.get("kind"))).toList();
        List<Map<String, Object>> sub = gpl.stream().filter(p -> !"country".equals(p.get("kind"))).toList();
        Map<String, Map<String, String>> pp = new LinkedHashMap<>();
        for (Map<String, String> r : places) {
            String n = text(r.get("name")).strip();
            if (n.isEmpty() || KgMatch.norm(text(r.get("kind"))).contains("country")) {
                continue;
            }
            if (countries.stream().anyMatch(p -> names(p).stream().anyMatch(a -> KgMatch.samePlace(n, a)))) {
                continue;
            }
            pp.putIfAbsent(KgMatch.norm(n), r);
        }
        int tpPred = 0;
        for (Map<String, String> r : pp.values()) {
            if (gpl.stream().anyMatch(p -> names(p).stream().anyMatch(a -> KgMatch.samePlace(r.get("name"), a)))) {
                tpPred++;
            } else {
                miss("place FP " + repr(r.get("name")));
            }
        }
        List<Map<String, Object>> loc = sub.stream()
                .filter(p -> !p.containsKey("locative") || truthy(p.get("locative"))).toList();
        int tpGold = 0;
        for (Map<String, Object> p : loc) {
            if (pp.values().stream().anyMatch(r -> names(p).stream().anyMatch(a -> KgMatch.samePlace(r.get("name"), a)))) {
                tpGold++;
            } else {
                miss("place FN " + repr(p.get("name")));
            }
        }
        score.add(ReferenceScore.PLACES, tpPred, pp.size(), tpGold, loc.size());
    }

    void delegations(List<Map<String, String>> dels) {
        List<Map<String, Object>> gdall = objects(gold.get("delegations"));
        List<Map<String, Object>> gd = gdall.stream().filter(x -> truthy(x.get("head"))).toList();
        Set<List<String>> pd = new LinkedHashSet<>();
        for (Map<String, String> r : dels) {
            if (!text(r.get("head")).strip().isEmpty()) {
                pd.add(List.of(KgMatch.countryKey(text(r.get("country"))), text(r.get("head"))));
            }
        }
        int tpPred = 0;
        int nPred = 0;
        for (List<String> ch : pd) {
            String c = ch.get(0);
            String h = ch.get(1);
            List<Map<String, Object>> sameC = gdall.stream()
                    .filter(x -> KgMatch.countryKey(text(x.get("country"))).equals(c)).toList();
            if (!sameC.isEmpty() && sameC.stream().noneMatch(x -> truthy(x.get("head")))) {
                continue;
            }
            nPred++;
            if (sameC.stream().anyMatch(x -> truthy(x.get("head")) && KgMatch.samePerson(h, str(x.get("head"))))) {
                tpPred++;
            } else {
                miss("delegation FP " + c + "/" + h);
            }
        }
        int tpGold = 0;
        for (Map<String, Object> x : gd) {
            String c = KgMatch.countryKey(text(x.get("country")));
            if (pd.stream().anyMatch(ch -> ch.get(0).equals(c) && KgMatch.samePerson(ch.get(1), str(x.get("head"))))) {
                tpGold++;
            } else {
                miss("delegation FN " + str(x.get("country")) + "/" + str(x.get("head")));
            }
        }
        score.add(ReferenceScore.DELEGATIONS, tpPred, nPred, tpGold, gd.size());
    }

    void rounds(List<Map<String, String>> rounds) {
        List<Map<String, Object>> gr = objects(gold.get("rounds")).stream()
                .filter(x -> truthy(x.get("city")) || truthy(x.get("venue"))).toList();
        Map<Object, Map<String, String>> pr = new LinkedHashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            Map<String, String> r = rounds.get(i);
            if (truthy(or(r.get("place"), r.get("city")))) {
                pr.putIfAbsent(truthy(r.get("round")) ? r.get("round") : Integer.valueOf(i), r);
            }
        }
        Set<Object> used = new LinkedHashSet<>();
        int tpGold = 0;
        for (Map<String, Object> x : gr) {
            Object best = best(x, pr, used);
            String where = str(or(x.get("city"), x.get("venue")));
            if (best == null) {
                miss("round FN at " + where + " " + str(x.get("date")));
                continue;
            }
            used.add(best);
            tpGold++;
            if (truthy(x.get("date")) && str(x.get("date")).length() == 10) {
                score.dateCount++;
                String found = text(pr.get(best).get("date"));
                if (found.substring(0, Math.min(10, found.length())).equals(str(x.get("date")))) {
                    score.dateRight++;
                } else {
                    miss("round at " + where + " date " + repr(pr.get(best).get("date")) + " != " + str(x.get("date")));
                }
            }
        }
        pr.forEach((k, r) -> {
            if (!used.contains(k)) {
                miss("round FP at " + str(or(r.get("place"), r.get("city"))) + " " + str(r.get("date")));
            }
        });
        score.add(ReferenceScore.ROUNDS, used.size(), pr.size(), tpGold, gr.size());
    }

    /** The gold round's pick: an unused round at its city or venue, the first on its date if any. */
    private static Object best(Map<String, Object> x, Map<Object, Map<String, String>> pr, Set<Object> used) {
        List<Object> cands = new ArrayList<>();
        pr.forEach((k, r) -> {
            if (!used.contains(k) && atPlace(r, x)) {
                cands.add(k);
            }
        });
        if (truthy(x.get("date"))) {
            String d = str(x.get("date"));
            for (Object k : cands) {
                if (text(pr.get(k).get("date")).startsWith(d)) {
                    return k;
                }
            }
        }
        return cands.isEmpty() ? null : cands.get(0);
    }

    private static boolean atPlace(Map<String, String> r, Map<String, Object> x) {
        for (String f : List.of("place", "city")) {
            for (String a : List.of("city", "venue")) {
                if (truthy(x.get(a)) && KgMatch.samePlace(text(r.get(f)), text(x.get(a)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
